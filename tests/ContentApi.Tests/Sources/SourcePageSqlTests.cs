using ContentApi.Tests.Support;

namespace ContentApi.Tests.Sources;

/// <summary>
/// Three levels of nesting under a page of sources run a fixed number of statements, whatever the page sizes:
/// one per level, plus one grouped count for the nested connection's selected totalCount.
/// </summary>
public sealed class SourcePageSqlTests(SmallSyntheticCorpusFactory factory) : IClassFixture<SmallSyntheticCorpusFactory>
{
    private const string Query = """
        query($sources: Int, $quotes: Int) { sources(first: $sources, order: [{ slug: ASC }]) { nodes { name
            quotes(first: $quotes) { totalCount nodes { text article { title topics { name } } } } } } }
        """;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 5)]
    [InlineData(50, 4)]
    public async Task Sources_with_quotes_articles_and_topics_run_five_statements(int sources, int quotes)
    {
        var (response, statements) = await SqlCapture.SendAsync(factory, Query, new { sources, quotes });

        Assert.Equal(sources, response.Json["data"]!["sources"]!["nodes"]!.Count());
        // By slug, Jane Zhang (one seed quote) comes first, so the nested levels below quotes always run.
        Assert.Equal("Jane Zhang", (string?)response.Json["data"]!["sources"]!["nodes"]![0]!["name"]);
        Assert.NotEmpty(response.Json["data"]!["sources"]!["nodes"]![0]!["quotes"]!["nodes"]!);
        // Sources, their quote pages, the pages' counts, the quotes' articles, the articles' topics.
        Assert.Equal(5, statements.Count);
    }
}
