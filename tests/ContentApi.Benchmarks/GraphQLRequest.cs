using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentApi.Benchmarks;

/// <summary>
/// One GraphQL POST, its JSON body serialized once up front so the benchmark times the server, not the
/// client's serializer.
/// </summary>
public sealed class GraphQLRequest(string query, object? variables = null)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly byte[] _body = JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    /// <summary>Sends the request and reads the whole response, as a client would; returns its length.</summary>
    public async Task<int> SendAsync(HttpClient client)
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = Json;
        using var response = await client.PostAsync("/graphql", content);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    /// <summary>
    /// Sends the request and returns <c>data.{field}</c>, failing loudly on GraphQL errors or a page without
    /// <c>nodes</c> or <c>edges</c>: a benchmark of an error response would measure nothing useful.
    /// </summary>
    public async Task<JsonNode> RowsAsync(HttpClient client, string field = "articles", bool allowEmpty = false)
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = Json;
        using var response = await client.PostAsync("/graphql", content);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body);
        var articles = json?["data"]?[field];
        var hasRows = articles?["nodes"] is JsonArray { Count: > 0 } || articles?["edges"] is JsonArray { Count: > 0 };
        if (!response.IsSuccessStatusCode || json?["errors"] is not null || articles is null || !(hasRows || allowEmpty))
        {
            throw new InvalidOperationException($"{query} answered {(int)response.StatusCode}: {body}");
        }

        return articles;
    }
}
