using System.Text;
using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Api;

/// <summary>Relay object identification: every id the API hands out can be fetched back through node and nodes.</summary>
public abstract class NodeQueryTests(ContentApiFactory factory)
{
    private const string NodeFields = "__typename id ... on Article { slug } ... on Topic { slug } ... on QuotedSource { slug }";

    [SkippableTheory]
    [InlineData("article(slug: \"us-cannot-legitimize-operation-against-venezuela-chinese-scholar\") { id slug }", "article")]
    [InlineData("topic(slug: \"hong-kong\") { id slug }", "topic")]
    [InlineData("source(slug: \"jane-zhang\") { id slug }", "source")]
    public async Task Node_returns_the_object_an_id_was_read_from(string lookup, string field)
    {
        var client = factory.CreateClient();
        var expected = (await client.DataAsync($"{{ {lookup} }}"))[field]!;

        var node = (await client.DataAsync("query($id: ID!) { node(id: $id) { " + NodeFields + " } }", new { id = (string)expected["id"]! }))["node"]!;

        Assert.Equal((string)expected["id"]!, (string)node["id"]!);
        Assert.Equal((string)expected["slug"]!, (string)node["slug"]!);
    }

    [SkippableFact]
    public async Task Nodes_keeps_the_order_of_the_ids_and_gives_null_for_ids_that_no_longer_exist()
    {
        var client = factory.CreateClient();
        var ids = (await client.DataAsync("{ topics(first: 3) { nodes { id } } sources(first: 1) { nodes { id } } }"))
            .SelectTokens("$..id").Select(id => (string)id!).Reverse().ToList();
        ids.Insert(1, Id("Article", 999_999));

        var response = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { " + NodeFields + " } }", new { ids });

        Assert.Equal(ids.Where((_, i) => i != 1), response["data"]!["nodes"]!.Where(n => n.Type != JTokenType.Null).Select(n => (string)n["id"]!));
        Snapshot.Match(response);
    }

    [SkippableFact]
    public async Task Nodes_reads_one_statement_per_type_however_many_ids()
    {
        var client = factory.CreateClient();
        var ids = (await client.DataAsync("{ topics(first: 8) { nodes { id } } sources(first: 4) { nodes { id } } }"))
            .SelectTokens("$..id").Select(id => (string)id!).ToList();

        var (response, statements) = await SqlCapture.SendAsync(factory, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(ids, response.Json["data"]!["nodes"]!.Select(n => (string)n["id"]!));
        Assert.Equal(2, statements.Count);
    }

    private static string Id(string type, int key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    public sealed class OnSqlite(ContentApiFactory factory) : NodeQueryTests(factory), IClassFixture<ContentApiFactory>;

    public sealed class OnPostgreSql(PostgreSqlContentApiFactory factory) : NodeQueryTests(factory), IClassFixture<PostgreSqlContentApiFactory>;
}
