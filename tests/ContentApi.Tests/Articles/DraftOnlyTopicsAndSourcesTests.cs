using ContentApi.Tests.Seeding;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using QueryableGraphQL.Relay;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Articles;

/// <summary>
/// Topics and sources that only a draft carries are as invisible as the draft: with the Hong Kong article a draft,
/// four of its topics and all three of its sources belong to no published article, and every public entry point
/// is walked to prove none of them shows, while the shared topic (geopolitics) and Venezuela's source still do.
/// </summary>
public sealed class DraftOnlyTopicsAndSourcesTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private const string HongKong = "hong-kongs-ai-sector-soars-with-record-talent-pool-despite-global-headwinds";
    private const string Venezuela = "us-cannot-legitimize-operation-against-venezuela-chinese-scholar";
    private static readonly string[] DraftOnlyTopics = ["artificial-intelligence", "hong-kong", "startups", "talent"];
    private static readonly string[] DraftOnlySources = ["shen-xiaoyong", "jane-zhang", "sun-dong"];
    private static readonly string[] DraftOnly = [.. DraftOnlyTopics, .. DraftOnlySources];

    public async Task InitializeAsync()
    {
        using var seeds = SeedFolder.CopyOfRepository();
        seeds.Edit(HongKong + ".json", text => text.Replace("\"status\": \"PUBLISHED\"", "\"status\": \"DRAFT\""));
        await SeedInitializer.RunAsync(factory.Services, seeds.Path);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> PublicLists() => new()
    {
        { "{ topics(first: 50) { nodes { slug } } }", "geopolitics" },
        { "{ sources(first: 50) { nodes { slug } } }", "teng-jianqun" },
        { "{ topics(first: 50, order: [{ slug: DESC }]) { edges { node { slug } } } }", "geopolitics" },
        { "{ topics(where: { or: [{ slug: { eq: \"hong-kong\" } }, { slug: { eq: \"geopolitics\" } }] }) { nodes { slug } } }", "geopolitics" },
        { "{ sources(where: { slug: { in: [\"sun-dong\", \"teng-jianqun\"] } }) { nodes { slug } } }", "teng-jianqun" },
        { "{ articles { nodes { slug topics { slug } quotes { source { slug } } } } }", "teng-jianqun" },
        { "{ topic(slug: \"geopolitics\") { slug articles { nodes { topics { slug } quotes { source { slug } } } } } }", "venezuela" },
        { "{ sources { nodes { slug quotes { nodes { source { slug } article { topics { slug } } } } } } }", "geopolitics" },
        { "{ topics { nodes { slug articles { nodes { slug topics { slug } } } } } }", "latin-america" },
        { "{ articles(first: 3) { nodes { topics { articles(first: 3) { nodes { topics { slug } } } } } } }", "geopolitics" },
        { "{ articles(first: 3) { nodes { quotes { source { slug quotes(first: 3) { nodes { article { topics { slug } } } } } } } } }", "teng-jianqun" },
        { "{ articles(first: 5) { nodes { slug related(first: 3) { sharedTopics { slug } sharedSources { slug } } } } }", Venezuela },
        { "{ articles(where: { topics: { some: { slug: { in: [\"hong-kong\", \"venezuela\"] } } } }) { nodes { topics { slug } } } }", "venezuela" },
        { "{ articles(where: { quotes: { some: { source: { slug: { neq: \"sun-dong\" } } } } }) { nodes { quotes { source { slug } } } } }", "teng-jianqun" },
    };

    [Theory]
    [MemberData(nameof(PublicLists))]
    public async Task No_list_nested_list_or_filter_shows_a_draft_only_topic_or_source(string query, string stillPublic)
    {
        var data = await factory.CreateClient().DataAsync(query);

        var slugs = data.SelectTokens("$..slug").Select(s => (string)s!).ToList();
        Assert.Contains(stillPublic, slugs);
        Assert.Empty(slugs.Intersect(DraftOnly));
    }

    [Fact]
    public async Task Total_counts_leave_draft_only_topics_and_sources_out()
    {
        var data = await factory.CreateClient().DataAsync(
            "{ topics { totalCount } sources { totalCount } filtered: topics(where: { slug: { in: [\"hong-kong\", \"talent\"] } }) { totalCount } }");

        Assert.Equal(4, (int)data["topics"]!["totalCount"]!);
        Assert.Equal(1, (int)data["sources"]!["totalCount"]!);
        Assert.Equal(0, (int)data["filtered"]!["totalCount"]!);
    }

    [Fact]
    public async Task Lookups_by_slug_find_nothing()
    {
        var data = await factory.CreateClient().DataAsync(
            "{ t: topic(slug: \"hong-kong\") { slug } s: source(slug: \"sun-dong\") { slug } shared: topic(slug: \"geopolitics\") { slug } }");

        Assert.Equal(JTokenType.Null, data["t"]!.Type);
        Assert.Equal(JTokenType.Null, data["s"]!.Type);
        Assert.Equal("geopolitics", (string?)data["shared"]!["slug"]);
    }

    [Fact]
    public async Task Global_ids_of_draft_only_rows_resolve_to_null()
    {
        await using var db = ContentDatabase.Open(factory.Services);
        var topicIds = await db.Topics.IgnoreQueryFilters().Where(t => DraftOnlyTopics.Contains(t.Slug)).Select(t => t.Id).ToListAsync();
        var sourceIds = await db.Sources.IgnoreQueryFilters().Where(s => DraftOnlySources.Contains(s.Slug)).Select(s => s.Id).ToListAsync();
        var ids = topicIds.Select(id => GlobalId.Encode("Topic", id)).Concat(sourceIds.Select(id => GlobalId.Encode("QuotedSource", id))).ToList();
        Assert.Equal(DraftOnly.Length, ids.Count);

        var data = await factory.CreateClient().DataAsync(
            "query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }", new { id = ids[0], ids });

        Assert.Equal(JTokenType.Null, data["node"]!.Type);
        Assert.All(data["nodes"]!, node => Assert.Equal(JTokenType.Null, node.Type));
    }

    [Fact]
    public async Task Visibility_is_an_exists_over_the_join_rows_in_the_same_statements()
    {
        var (_, statements) = await SqlCapture.SendAsync(factory, "{ topics(first: 5) { totalCount nodes { slug } } sources(first: 5) { nodes { slug } } }");

        Assert.Equal(3, statements.Count);
        Snapshot.Match(SqlCapture.ForSnapshot(statements));
    }
}
