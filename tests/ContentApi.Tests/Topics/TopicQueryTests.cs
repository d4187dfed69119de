using ContentApi.Tests.Support;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Topics;

/// <summary>Topic lists and a topic's own page of articles, over HTTP.</summary>
public sealed class TopicQueryTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Topics_are_listed_by_name_with_their_slugs()
    {
        var response = await factory.CreateClient().PostAsync("{ topics(first: 50) { totalCount nodes { slug name } } }");

        Snapshot.Match(response);
    }

    [Fact]
    public async Task Topic_by_slug_pages_its_articles_newest_first()
    {
        var response = await factory.CreateClient().PostAsync("""
            { topic(slug: "geopolitics") { slug name articles(first: 5) {
                totalCount pageInfo { hasNextPage hasPreviousPage } nodes { slug publishedAt } } } }
            """);

        Snapshot.Match(response);
    }

    [Fact]
    public async Task Topic_filter_and_order_apply_to_the_list()
    {
        var data = await factory.CreateClient().DataAsync(
            "{ topics(where: { name: { startsWith: \"l\" } }, order: [{ slug: DESC }]) { nodes { slug } } }");

        // "Latin America" only: startsWith is case-insensitive, and it must not match names that merely contain an l.
        Assert.Equal(["latin-america"], data["topics"]!["nodes"]!.Select(n => (string)n["slug"]!));
    }
}
