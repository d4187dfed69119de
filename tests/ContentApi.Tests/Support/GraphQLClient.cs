using System.Net.Http.Json;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Support;

/// <summary>Posts GraphQL requests the way a front-end client does and hands back the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<JObject> PostAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return JObject.Parse(body);
    }
}
