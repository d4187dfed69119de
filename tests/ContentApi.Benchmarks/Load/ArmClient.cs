using System.Text;
using System.Text.Json;

namespace ContentApi.Benchmarks.Load;

/// <summary>How the harness and wrk call each arm: arm A with a GraphQL POST, arm B with a plain GET.</summary>
internal static class ArmClient
{
    public static byte[] GraphQLBody(Scenario scenario, CorpusFacts corpus) =>
        JsonSerializer.SerializeToUtf8Bytes(new { query = scenario.Query, variables = scenario.Variables(corpus) });

    public static async Task<ArmResponse> ApiAsync(HttpClient client, Scenario scenario, CorpusFacts corpus)
    {
        using var content = new ByteArrayContent(GraphQLBody(scenario, corpus));
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync("/graphql", content);
        return await ArmResponse.ReadAsync(response);
    }

    public static async Task<ArmResponse> BaselineAsync(HttpClient client, Scenario scenario, CorpusFacts corpus)
    {
        using var response = await client.GetAsync(scenario.BaselinePath(corpus));
        return await ArmResponse.ReadAsync(response);
    }

    public static string Describe(ArmResponse response) =>
        response.Text.Length > 400 ? response.Text[..400] + "…" : response.Text;

    public static string Utf8(byte[] body) => Encoding.UTF8.GetString(body);
}
