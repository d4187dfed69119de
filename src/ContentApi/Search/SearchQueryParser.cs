namespace ContentApi.Search;

/// <summary>
/// Reads what a reader types into a search box: words are AND-ed, <c>"quoted phrases"</c> stay together,
/// <c>-word</c> or <c>-"phrase"</c> excludes, <c>OR</c> (any case) joins its neighbours. Nothing is a syntax error: an
/// unclosed quote, a dangling OR or a lone minus sign are read as plain words or ignored.
/// </summary>
internal static class SearchQueryParser
{
    public static SearchQuery Parse(string text)
    {
        var groups = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var joinNext = false;
        foreach (var item in Items(text))
        {
            if (item.IsOr)
            {
                joinNext = groups.Count > 0;
            }
            else if (item.Term is null)
            {
                joinNext = false;
            }
            else if (item.Excluded)
            {
                excluded.Add(item.Term);
                joinNext = false;
            }
            else
            {
                if (joinNext)
                {
                    groups[^1].Add(item.Term);
                }
                else
                {
                    groups.Add([item.Term]);
                }

                joinNext = false;
            }
        }

        return groups.Count == 0 ? SearchQuery.Empty : new SearchQuery(groups, excluded);
    }

    /// <summary>How many words a query holds before stop words are dropped: what its cost to run grows with.</summary>
    public static int WordCount(string text) => SearchText.Words(text).Count();

    private static IEnumerable<Item> Items(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var excluded = text[i] == '-' && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            var start = excluded ? i + 1 : i;
            if (start < text.Length && text[start] == '"' && text.IndexOf('"', start + 1) is var close and > 0)
            {
                yield return new Item(Term(text[(start + 1)..close]), excluded, IsOr: false);
                i = close + 1;
                continue;
            }

            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
            {
                end++;
            }

            var token = text[start..end];
            if (end == start)
            {
                i = start + 1;
                continue;
            }

            yield return token.Equals("OR", StringComparison.OrdinalIgnoreCase) && !excluded
                ? new Item(null, Excluded: false, IsOr: true)
                : new Item(Term(token), excluded, IsOr: false);
            i = end;
        }
    }

    /// <summary>The folded words of a token or phrase without the stop words at its ends; null when none is left.</summary>
    private static SearchTerm? Term(string text)
    {
        var words = SearchText.Words(text).Select(w => SearchText.Fold(text.Substring(w.Start, w.Length))).ToList();
        var first = words.FindIndex(w => !SearchStopWords.Contains(w));
        if (first < 0)
        {
            return null;
        }

        var last = words.FindLastIndex(w => !SearchStopWords.Contains(w));
        return new SearchTerm(words[first..(last + 1)]);
    }

    private sealed record Item(SearchTerm? Term, bool Excluded, bool IsOr);
}
