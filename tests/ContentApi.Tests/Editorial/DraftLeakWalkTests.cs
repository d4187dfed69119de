using ContentApi.Tests.Support;

namespace ContentApi.Tests.Editorial;

/// <summary>
/// A draft made through the mutations, with a topic and a source only it uses and a quote from a source that
/// published articles share, is walked through every public entry point: lists, lookups, node/nodes, nested
/// lists, topic and source connections, related articles, search, counts and status filters, over POST and GET. No
/// answer may mention it; once published, the same walk finds it, so the probes can see what they look for.
/// </summary>
public abstract class DraftLeakWalkTests(EditorialApiFactory factory)
{
    private const string Slug = "leak-probe-draft";
    private const string TopicSlug = "leak-probe-topic";
    private const string SourceName = "Leak Probe Source";
    private const string QuoteText = "leak probe words";

    [SkippableFact]
    public async Task No_public_entry_point_shows_a_draft_or_what_only_it_uses_until_it_is_published()
    {
        var editor = factory.EditorClient();
        var baseline = await WalkAsync(ids: []);
        var topicId = (string)(await editor.RunAsync(Mutations.Input("createTopic", $"slug: \"{TopicSlug}\", name: \"Leak probe topic\"", "topic { id }")))["topic"]!["id"]!;
        var sourceId = (string)(await editor.RunAsync(Mutations.Input("createSource", $"name: \"{SourceName}\"", "source { id }")))["source"]!["id"]!;
        var id = await editor.CreateDraftAsync(Slug, $"[\"geopolitics\", \"{TopicSlug}\"]");
        await editor.RunAsync(Mutations.Input("addQuote", $"articleId: \"{id}\", version: 1, text: \"{QuoteText}\", source: {{ id: \"{sourceId}\" }}", "quote { text }"));
        await editor.RunAsync(Mutations.Input("addQuote", $"articleId: \"{id}\", version: 2, text: \"{QuoteText} again\", source: {{ name: \"Teng Jianqun\", organization: \"Hunan Normal University\" }}", "quote { text }"));
        string[] ids = [id, topicId, sourceId];

        var hidden = await WalkAsync(ids);

        Assert.Equal(baseline.Counts, hidden.Counts);
        foreach (var marker in new[] { Slug, TopicSlug, SourceName, QuoteText, id, topicId, sourceId })
        {
            Assert.DoesNotContain(marker, hidden.Bodies);
        }

        await editor.RunAsync(Mutations.Versioned("publishArticle", id, 3, "publishedAt: \"2026-01-05T00:00:00Z\""));
        var shown = await WalkAsync(ids);
        Assert.All(new[] { Slug, TopicSlug, SourceName, QuoteText, id, topicId, sourceId }, marker => Assert.Contains(marker, shown.Bodies));
        Assert.NotEqual(baseline.Counts, shown.Counts);
    }

    private async Task<(string Bodies, string Counts)> WalkAsync(string[] ids)
    {
        var client = factory.CreateClient();
        string[] walk =
        [
            "{ articles(first: 20) { totalCount nodes { id slug title topics { slug } quotes { text source { name } } related(first: 5) { article { slug } sharedTopics { slug } sharedSources { name } } } } }",
            $"{{ article(slug: \"{Slug}\") {{ slug }} topic(slug: \"{TopicSlug}\") {{ slug }} source(slug: \"leak-probe-source\") {{ slug }} }}",
            "{ topics(first: 50) { totalCount nodes { id slug articles(first: 50) { totalCount nodes { slug } } } } }",
            "{ sources(first: 50) { totalCount nodes { id name quotes(first: 50) { totalCount nodes { text article { slug } } } } } }",
            "{ topic(slug: \"geopolitics\") { articles(first: 50) { totalCount nodes { slug quotes { text } } } } }",
            "{ articles(first: 10) { nodes { topics { slug articles(first: 10) { totalCount nodes { slug } } } quotes { source { name quotes(first: 10) { totalCount nodes { text article { slug } } } } } } } }",
            "{ source(slug: \"teng-jianqun\") { quotes(first: 50) { totalCount nodes { text article { slug } } } } }",
            "{ drafts: articles(where: { status: { eq: DRAFT } }) { totalCount nodes { slug } } any: articles(where: { status: { in: [DRAFT, PUBLISHED] } }) { totalCount nodes { slug } } }",
            $"{{ articles(where: {{ topics: {{ some: {{ slug: {{ eq: \"{TopicSlug}\" }} }} }} }}) {{ totalCount nodes {{ slug }} }} }}",
            $"{{ articles(where: {{ quotes: {{ some: {{ text: {{ contains: \"{QuoteText}\" }} }} }} }}) {{ totalCount nodes {{ slug }} }} }}",
            $"{{ topics(where: {{ slug: {{ eq: \"{TopicSlug}\" }} }}) {{ totalCount nodes {{ slug }} }} sources(where: {{ name: {{ eq: \"{SourceName}\" }} }}) {{ totalCount nodes {{ name }} }} }}",
            "{ article(slug: \"us-cannot-legitimize-operation-against-venezuela-chinese-scholar\") { related(first: 20) { article { slug } sharedSources { name } } } }",
            $"{{ search(query: \"{QuoteText}\") {{ totalCount edges {{ node {{ slug }} highlights {{ field }} }} }} }}",
            $"{{ search(query: \"{SourceName}\") {{ totalCount nodes {{ slug }} }} }}",
        ];
        var bodies = new List<string>();
        foreach (var query in walk)
        {
            bodies.Add((await client.SendGraphQLAsync(query)).Body);
            bodies.Add(await client.GetStringAsync("/graphql?query=" + Uri.EscapeDataString(query)));
        }

        foreach (var id in ids)
        {
            bodies.Add((await client.SendGraphQLAsync(
                "query($id: ID!, $ids: [ID!]!) { node(id: $id) { id ... on Article { slug } } nodes(ids: $ids) { id } }", new { id, ids })).Body);
        }

        var counts = await client.DataAsync("{ articles { totalCount } topics { totalCount } sources { totalCount } geo: topic(slug: \"geopolitics\") { articles { totalCount } } }");
        Assert.All(bodies, body => Assert.DoesNotContain("\"errors\"", body));
        return (string.Join("\n", bodies), counts.ToString(Newtonsoft.Json.Formatting.None));
    }

    public sealed class OnSqlite(EditorialApiFactory factory) : DraftLeakWalkTests(factory), IClassFixture<EditorialApiFactory>;

    public sealed class OnPostgreSql(PostgreSqlEditorialApiFactory factory) : DraftLeakWalkTests(factory), IClassFixture<PostgreSqlEditorialApiFactory>;
}
