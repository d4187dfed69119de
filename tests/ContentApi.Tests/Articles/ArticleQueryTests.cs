using ContentApi.Tests.Support;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Articles;

/// <summary>Article lookups, filters and orders as front-end pages write them.</summary>
public sealed class ArticleQueryTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string HongKong = "hong-kongs-ai-sector-soars-with-record-talent-pool-despite-global-headwinds";
    private const string Venezuela = "us-cannot-legitimize-operation-against-venezuela-chinese-scholar";

    [Fact]
    public async Task Article_by_slug_returns_every_field_of_the_seed()
    {
        var response = await factory.CreateClient().PostAsync($$"""
            { article(slug: "{{HongKong}}") {
                id slug title summary body paragraphs section publishedAt updatedAt status
                featureImage { url caption credit }
                topics { slug name }
                quotes { position text source { slug name role organization } } } }
            """);

        Snapshot.Match(response);
    }

    [Fact]
    public async Task Unknown_slug_gives_null_and_no_error()
    {
        var response = await factory.CreateClient().PostAsync("{ article(slug: \"no-such-article\") { title } }");

        Assert.Null(response["errors"]);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, response["data"]!["article"]!.Type);
    }

    [Fact]
    public async Task Title_contains_is_case_insensitive_and_finds_the_venezuela_article()
    {
        var data = await factory.CreateClient().DataAsync("{ articles(where: { title: { contains: \"VENEZUELA\" } }) { totalCount nodes { slug } } }");

        Assert.Equal(1, (int)data["articles"]!["totalCount"]!);
        Assert.Equal(Venezuela, (string)data["articles"]!["nodes"]![0]!["slug"]!);
    }

    [Theory]
    [InlineData("Sun Dong", HongKong)]
    [InlineData("Teng Jianqun", Venezuela)]
    public async Task Filter_on_a_quoted_speaker_finds_the_article_that_quotes_them(string speaker, string slug)
    {
        var data = await factory.CreateClient().DataAsync(
            "query($name: String) { articles(where: { quotes: { some: { source: { name: { eq: $name } } } } }) { nodes { slug } } }", new { name = speaker });

        Assert.Equal([slug], data["articles"]!["nodes"]!.Select(n => (string)n["slug"]!));
    }

    [Fact]
    public async Task Order_by_title_descending_overrides_the_default_newest_first_order()
    {
        // Newest first lists Hong Kong first (Venezuela is undated); "US…" sorts after "Hong…", so DESC must flip them.
        var data = await factory.CreateClient().DataAsync("{ articles(order: [{ title: DESC }]) { nodes { slug } } }");

        Assert.Equal([Venezuela, HongKong], data["articles"]!["nodes"]!.Select(n => (string)n["slug"]!));
    }

    [Fact]
    public async Task Filters_combine_with_and_or_and_nested_topic_lists()
    {
        var response = await factory.CreateClient().PostAsync("""
            { articles(where: { or: [
                { topics: { some: { slug: { eq: "venezuela" } } } },
                { and: [{ publishedAt: { gte: "2025-04-28T14:00:00Z" } }, { summary: { contains: "dual circulation" } }] } ] },
              order: [{ publishedAt: ASC }]) {
                totalCount nodes { slug publishedAt topics(order: [{ slug: DESC }]) { slug } } } }
            """);

        Snapshot.Match(response);
    }
}
