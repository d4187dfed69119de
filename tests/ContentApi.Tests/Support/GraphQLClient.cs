using System.Net;
using System.Net.Http.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Support;

/// <summary>Posts GraphQL requests the way a front-end client does and hands back the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<JObject> PostAsync(this HttpClient client, string query, object? variables = null) =>
        (await client.SendGraphQLAsync(query, variables)).Json;

    /// <summary>The whole exchange: status, raw body and headers, for tests about the transport.</summary>
    public static async Task<GraphQLResponse> SendGraphQLAsync(this HttpClient client, string query, object? variables = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var timing = response.Headers.TryGetValues("Server-Timing", out var values) ? string.Join(",", values) : null;
        return new GraphQLResponse(response.StatusCode, body, Parse(body), timing);
    }

    /// <summary>Keeps DateTime values as the exact strings the API sent, instead of Newtonsoft's DateTime guess.</summary>
    public static JObject Parse(string body)
    {
        using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    /// <summary>The data of a response that must have no errors.</summary>
    public static async Task<JToken> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var json = await client.PostAsync(query, variables);
        Assert.True(json["errors"] is null, $"Unexpected errors: {json["errors"]}");
        return json["data"]!;
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, string Body, JObject Json, string? ServerTiming)
{
    /// <summary>The codes of all errors, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        (Json["errors"] as JArray ?? []).Select(e => (string?)e["extensions"]?["code"]).ToList();
}
