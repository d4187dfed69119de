namespace ContentApi.Search;

/// <summary>
/// Cuts, for each field of an article that holds a wanted word, the passage of <see cref="SearchOptions.SnippetWords"/>
/// words with the most of them, and marks them. A word is wanted when its stem is the stem of a query word, compared
/// folded (case and accents ignored), as the index compares them. Marks are segments, never markup, so any client
/// can render them safely. One instance serves one request, on one thread.
/// </summary>
internal sealed class SearchHighlighter(SearchQuery query, int snippetWords)
{
    private const string Ellipsis = "…";
    private readonly HashSet<string> _stems = query.WantedWords.Select(PorterStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    // Each distinct word of the page's text is folded and stemmed once: text repeats its words, and folding and
    // stemming every occurrence (a few strings each) was most of a highlighted page's time and allocations.
    private readonly Dictionary<string, (string Folded, bool Wanted)> _words = new(StringComparer.Ordinal);

    public IReadOnlyList<SearchHighlight> For(ArticleSearchText article)
    {
        var highlights = new List<SearchHighlight>();
        Add(highlights, SearchField.Title, [article.Title]);
        Add(highlights, SearchField.Summary, [article.Summary]);
        Add(highlights, SearchField.Body, article.Paragraphs);
        Add(highlights, SearchField.Quote, article.Quotes.Select(q => q.Text));
        Add(highlights, SearchField.Source, article.Quotes.Select(q => q.SourceName).Distinct());
        return highlights;
    }

    /// <summary>The best passage among <paramref name="texts"/> (the one with the most distinct wanted words, then the most of them), if any.</summary>
    private void Add(List<SearchHighlight> highlights, SearchField field, IEnumerable<string> texts)
    {
        var best = texts
            .Select(text => (Text: text, Words: SearchText.Words(text).Select(w => (w.Start, w.Length, Match: Read(text.AsSpan(w.Start, w.Length)).Wanted)).ToList()))
            .Select(t => (t.Text, t.Words, Window: BestWindow(t.Words)))
            .Where(t => t.Window.Matches > 0)
            .OrderByDescending(t => DistinctMatches(t.Text, t.Words, t.Window))
            .ThenByDescending(t => t.Window.Matches)
            .FirstOrDefault();
        if (best.Text is not null)
        {
            highlights.Add(new SearchHighlight(field, Segments(best.Text, best.Words, best.Window)));
        }
    }

    private (string Folded, bool Wanted) Read(ReadOnlySpan<char> word)
    {
        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!words.TryGetValue(word, out var read))
        {
            var folded = SearchText.Fold(word.ToString());
            read = (folded, _stems.Contains(PorterStemmer.Stem(folded)));
            words[word] = read;
        }

        return read;
    }

    private Window BestWindow(List<(int Start, int Length, bool Match)> words)
    {
        var best = new Window(0, Math.Min(words.Count, snippetWords), 0);
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].Match)
            {
                continue;
            }

            // Start a little before the match so the reader sees what leads to it.
            var start = Math.Max(0, Math.Min(i - 3, words.Count - snippetWords));
            var end = Math.Min(words.Count, start + snippetWords);
            var matches = words.Skip(start).Take(end - start).Count(w => w.Match);
            if (matches > best.Matches)
            {
                best = new Window(start, end, matches);
            }
        }

        return best;
    }

    private static List<HighlightSegment> Segments(string text, List<(int Start, int Length, bool Match)> words, Window window)
    {
        var from = window.Start == 0 ? 0 : words[window.Start].Start;
        var to = window.End == words.Count ? text.Length : words[window.End - 1].Start + words[window.End - 1].Length;
        var segments = new List<HighlightSegment>();
        var plain = window.Start == 0 ? "" : Ellipsis;
        var position = from;
        foreach (var word in words.Skip(window.Start).Take(window.End - window.Start).Where(w => w.Match))
        {
            segments.Add(new HighlightSegment(plain + text[position..word.Start], Match: false));
            segments.Add(new HighlightSegment(text.Substring(word.Start, word.Length), Match: true));
            position = word.Start + word.Length;
            plain = "";
        }

        segments.Add(new HighlightSegment(text[position..to] + (window.End == words.Count ? "" : Ellipsis), Match: false));
        return segments.Where(s => s.Text.Length > 0).ToList();
    }

    private int DistinctMatches(string text, List<(int Start, int Length, bool Match)> words, Window window) =>
        words.Skip(window.Start).Take(window.End - window.Start).Where(w => w.Match)
            .Select(w => Read(text.AsSpan(w.Start, w.Length)).Folded).Distinct(StringComparer.Ordinal).Count();

    private sealed record Window(int Start, int End, int Matches);
}
