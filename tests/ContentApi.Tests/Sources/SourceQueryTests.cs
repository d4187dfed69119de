using ContentApi.Tests.Support;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Sources;

/// <summary>Quoted sources and the quotes each one gave, over HTTP.</summary>
public sealed class SourceQueryTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Sources_are_listed_by_name_with_role_and_organization()
    {
        var response = await factory.CreateClient().PostAsync("{ sources { totalCount nodes { slug name role organization } } }");

        Snapshot.Match(response);
    }

    [Fact]
    public async Task Source_by_slug_pages_both_quotes_of_teng_jianqun_with_their_article()
    {
        var response = await factory.CreateClient().PostAsync("""
            { source(slug: "teng-jianqun") { name quotes(first: 10) {
                totalCount pageInfo { hasNextPage hasPreviousPage } nodes { position text article { slug } } } } }
            """);

        Snapshot.Match(response);
    }

    [Fact]
    public async Task Source_quotes_can_be_paged_one_at_a_time()
    {
        var client = factory.CreateClient();
        const string Query = "query($after: String) { source(slug: \"teng-jianqun\") { quotes(first: 1, after: $after) { pageInfo { hasNextPage endCursor } nodes { position } } } }";

        var first = (await client.DataAsync(Query, new { after = (string?)null }))["source"]!["quotes"]!;
        var second = (await client.DataAsync(Query, new { after = (string)first["pageInfo"]!["endCursor"]! }))["source"]!["quotes"]!;

        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)second["pageInfo"]!["hasNextPage"]!);
        Assert.Equal([0, 1], new[] { first, second }.Select(page => (int)page["nodes"]![0]!["position"]!).Order());
    }
}
