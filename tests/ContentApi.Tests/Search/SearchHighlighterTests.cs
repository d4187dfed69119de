using ContentApi.Search;

namespace ContentApi.Tests.Search;

public sealed class SearchHighlighterTests
{
    private static readonly ArticleSearchText Article = new(
        1,
        "Markets rally as chip exports rise",
        "A short summary without the words.",
        ["First paragraph about nothing.", "Exporters welcome the market rally after a long wait for new <b>rules</b> on chips and more."],
        [new QuoteText("The rally will last, and <script>markets</script> know it", "Ana Chen")]);

    [Fact]
    public void Each_field_with_a_wanted_word_gets_one_passage_with_the_words_marked_by_stem()
    {
        var highlights = new SearchHighlighter(SearchQueryParser.Parse("market rallies"), snippetWords: 24).For(Article);

        Assert.Equal([SearchField.Title, SearchField.Body, SearchField.Quote], highlights.Select(h => h.Field));
        Assert.Equal(["Markets", "rally"], highlights[0].Segments.Where(s => s.Match).Select(s => s.Text));
        Assert.Equal(Article.Paragraphs[1], string.Concat(highlights[1].Segments.Select(s => s.Text)));
        // Text stays text: markup in the content arrives as characters of a segment for the client to escape.
        Assert.Contains(highlights[2].Segments, s => s is { Text: "markets", Match: true });
        Assert.Contains(highlights[2].Segments, s => !s.Match && s.Text.EndsWith("<script>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_text_is_cut_around_the_matches_with_ellipses()
    {
        var words = string.Join(' ', Enumerable.Range(0, 100).Select(i => i == 60 ? "river" : $"w{i}"));
        var article = Article with { Title = "t", Paragraphs = [words], Quotes = [] };

        var body = Assert.Single(new SearchHighlighter(SearchQueryParser.Parse("river"), snippetWords: 10).For(article));

        Assert.Equal("…w57 w58 w59 ", body.Segments[0].Text);
        Assert.Equal(new HighlightSegment("river", true), body.Segments[1]);
        Assert.Equal(" w61 w62 w63 w64 w65 w66…", body.Segments[2].Text);
    }

    [Fact]
    public void Sources_are_highlighted_by_name_and_accents_do_not_matter()
    {
        var article = Article with { Quotes = [new QuoteText("q", "José Núñez")] };

        var highlights = new SearchHighlighter(SearchQueryParser.Parse("jose nunez"), snippetWords: 24).For(article);

        Assert.Equal([new HighlightSegment("José", true), new HighlightSegment(" ", false), new HighlightSegment("Núñez", true)],
            Assert.Single(highlights).Segments);
    }
}
