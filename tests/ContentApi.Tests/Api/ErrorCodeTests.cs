using System.Net;
using System.Text;
using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Api;

/// <summary>Every client mistake gets its stable error code, a 200 or 400 (never a 500) and no stack trace.</summary>
public sealed class ErrorCodeTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "first above the maximum", "{ articles(first: 51) { nodes { slug } } }", "PAGE_SIZE_EXCEEDED" },
        { "last above the maximum", "{ articles(last: 51) { nodes { slug } } }", "PAGE_SIZE_EXCEEDED" },
        { "nested first above the maximum", "{ topic(slug: \"geopolitics\") { articles(first: 51) { nodes { slug } } } }", "PAGE_SIZE_EXCEEDED" },
        { "negative first", "{ articles(first: -1) { nodes { slug } } }", "INVALID_PAGE_SIZE" },
        { "negative nested last", "{ source(slug: \"sun-dong\") { quotes(last: -5) { nodes { text } } } }", "INVALID_PAGE_SIZE" },
        { "first and last", "{ articles(first: 5, last: 5) { nodes { slug } } }", "INVALID_PAGING_ARGUMENTS" },
        { "after and before", "{ articles(after: \"x\", before: \"y\") { nodes { slug } } }", "INVALID_PAGING_ARGUMENTS" },
        { "garbage cursor", "{ articles(first: 5, after: \"not-a-cursor\") { nodes { slug } } }", "INVALID_CURSOR" },
        { "garbage nested cursor", "{ topics { nodes { articles(after: \"not-a-cursor\") { nodes { slug } } } } }", "INVALID_CURSOR" },
        { "id that is not base64", "{ node(id: \"not an id!\") { id } }", "INVALID_ID" },
        { "id of an unknown type", $"{{ node(id: \"{Id("Nope:1")}\") {{ id }} }}", "INVALID_ID" },
        { "id with a non-numeric key", $"{{ node(id: \"{Id("Article:abc")}\") {{ id }} }}", "INVALID_ID" },
        { "bad id among good ones", $"{{ nodes(ids: [\"{Id("Topic:1")}\", \"bad\"]) {{ id }} }}", "INVALID_ID" },
        { "order element with two fields", "{ articles(order: [{ title: ASC, publishedAt: DESC }]) { nodes { slug } } }", "INVALID_SORT" },
        { "order element with no field", "{ articles(order: [{}]) { nodes { slug } } }", "INVALID_SORT" },
        { "nested order with two fields", "{ articles { nodes { quotes(order: [{ source: { name: ASC, role: DESC } }]) { text } } } }", "INVALID_SORT" },
        { "unknown field", "{ articles { nodes { author } } }", "GRAPHQL_VALIDATION_FAILED" },
        { "unknown argument", "{ articles(page: 2) { nodes { slug } } }", "GRAPHQL_VALIDATION_FAILED" },
        { "wrong argument type", "{ articles(first: \"ten\") { nodes { slug } } }", "GRAPHQL_VALIDATION_FAILED" },
        { "wrong filter operand type", "{ articles(where: { publishedAt: { gt: 5 } }) { nodes { slug } } }", "GRAPHQL_VALIDATION_FAILED" },
        { "syntax error", "{ articles { nodes { slug } ", "GRAPHQL_PARSE_FAILED" },
        { "in list over the maximum", $"{{ articles(where: {{ section: {{ in: [{string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"s{i}\""))}] }} }}) {{ nodes {{ slug }} }} }}", "INPUT_TOO_LARGE" },
        { "filter text over the maximum", $"{{ topics(where: {{ name: {{ endsWith: \"{new string('x', 1_001)}\" }} }}) {{ nodes {{ slug }} }} }}", "INPUT_TOO_LARGE" },
        { "filter over the cost limit", "{ articles(where: { or: [{ topics: { some: { name: { contains: \"a\" } } } }, { quotes: { some: { text: { contains: \"b\" } } } }, { quotes: { none: { text: { contains: \"c\" } } } }] }) { nodes { slug } } }", "COMPLEXITY" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Mistake_gets_its_code_and_no_server_error_under_either_media_type(string mistake, string query, string code)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await factory.CreateClient().SendGraphQLAsync(query, accept: accept);

            Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{mistake} ({accept}): HTTP {(int)response.Status}");
            Assert.Equal([code], response.ErrorCodes.Distinct());
            Assert.All(response.Json["errors"]!, error => Assert.False(string.IsNullOrWhiteSpace((string?)error["message"])));
            Assert.DoesNotContain("   at ", response.Body);
            Assert.DoesNotContain("Exception", response.Body);
        }
    }

    [Fact]
    public async Task Plain_json_clients_always_get_200_and_graphql_response_clients_get_400_for_unexecutable_documents()
    {
        var client = factory.CreateClient();

        var parse = await client.SendGraphQLAsync("{ articles {", accept: "application/graphql-response+json");
        var plain = await client.SendGraphQLAsync("{ articles {", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, parse.Status);
        Assert.Equal(HttpStatusCode.OK, plain.Status);
    }

    [Fact]
    public async Task Error_messages_match_the_snapshot()
    {
        // Messages are part of the contract: front-end developers read them to fix their query.
        var client = factory.CreateClient();
        var errors = new JObject();
        foreach (var row in Mistakes)
        {
            var (mistake, query) = ((string)row[0], (string)row[1]);
            errors[mistake] = (await client.SendGraphQLAsync(query)).Json["errors"];
        }

        Snapshot.Match(errors);
    }

    private static string Id(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
