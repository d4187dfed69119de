using ContentApi.Tests.Support;

namespace ContentApi.Tests.Articles;

/// <summary>DateTime filter values may carry any offset; they compare as instants against the stored UTC times.</summary>
public abstract class ArticleDateFilterTests(ContentApiFactory factory)
{
    private const string HongKong = "hong-kongs-ai-sector-soars-with-record-talent-pool-despite-global-headwinds";

    [SkippableTheory]
    [InlineData("{ eq: \"2025-04-28T22:17:00+08:00\" }", new[] { HongKong })]
    [InlineData("{ eq: \"2025-04-28T14:17:00Z\" }", new[] { HongKong })]
    [InlineData("{ eq: \"2025-04-28T10:17:00-04:00\" }", new[] { HongKong })]
    [InlineData("{ gt: \"2025-04-28T22:17:00+08:00\" }", new string[0])]
    [InlineData("{ gte: \"2025-04-28T22:16:59+08:00\", lt: \"2025-04-28T14:17:01Z\" }", new[] { HongKong })]
    [InlineData("{ eq: null }", new[] { "us-cannot-legitimize-operation-against-venezuela-chinese-scholar" })]
    public async Task Published_at_filter_compares_instants_whatever_the_offset(string condition, string[] expected)
    {
        var data = await factory.CreateClient().DataAsync($"{{ articles(where: {{ publishedAt: {condition} }}) {{ nodes {{ slug }} }} }}");

        Assert.Equal(expected, data["articles"]!["nodes"]!.Select(n => (string)n["slug"]!));
    }

    [SkippableTheory]
    [InlineData("[")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Wildcard_characters_in_contains_match_only_themselves(string text)
    {
        // The seed titles contain none of these characters, so a wildcard interpretation would match everything.
        var data = await factory.CreateClient().DataAsync("query($t: String) { articles(where: { title: { contains: $t } }) { totalCount } }", new { t = text });

        Assert.Equal(0, (int)data["articles"]!["totalCount"]!);
    }

    public sealed class OnSqlite(ContentApiFactory factory) : ArticleDateFilterTests(factory), IClassFixture<ContentApiFactory>;

    public sealed class OnPostgreSql(PostgreSqlContentApiFactory factory) : ArticleDateFilterTests(factory), IClassFixture<PostgreSqlContentApiFactory>;
}
