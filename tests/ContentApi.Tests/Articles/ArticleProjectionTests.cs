using ContentApi.Tests.Support;

namespace ContentApi.Tests.Articles;

/// <summary>Only the selected fields are read: the article body (the Paragraphs column) is large and rarely listed.</summary>
public sealed class ArticleProjectionTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("{ articles { nodes { title } } }")]
    [InlineData("{ articles(first: 1) { edges { cursor node { title publishedAt } } } }")]
    [InlineData("{ article(slug: \"us-cannot-legitimize-operation-against-venezuela-chinese-scholar\") { title summary } }")]
    [InlineData("{ topic(slug: \"geopolitics\") { articles { nodes { title } } } }")]
    public async Task Selecting_no_body_field_reads_no_paragraphs_column(string query)
    {
        var (_, statements) = await SqlCapture.SendAsync(factory, query);

        Assert.NotEmpty(statements);
        Assert.DoesNotContain(statements, s => s.Contains("Paragraphs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ articles { nodes { body } } }")]
    [InlineData("{ articles { nodes { paragraphs } } }")]
    public async Task Selecting_the_body_does_read_the_paragraphs_column(string query)
    {
        // The control for the test above: the column name is spelled as the SQL spells it.
        var (_, statements) = await SqlCapture.SendAsync(factory, query);

        Assert.Contains(statements, s => s.Contains("\"Paragraphs\"", StringComparison.Ordinal));
    }
}
