using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ContentApi.AbuseCorpus.Corpus;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>Asks the server for the real cursors and id the corpus tampers with.</summary>
internal static class FactsProbe
{
    private const string Query = "{ articles(first: 1) { edges { cursor node { id } } } sources(first: 1) { edges { cursor } } topics(first: 1) { edges { cursor } } }";

    public static async Task<(CorpusFacts Facts, string? Problem)> FetchAsync(HttpClient client, string signingKey)
    {
        try
        {
            using var content = new StringContent(GraphQLJson.Body(Query), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var response = await client.PostAsync(Requests.Endpoint, content, cancellation.Token).ConfigureAwait(false);
            var data = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellation.Token).ConfigureAwait(false))?["data"];
            string Cursor(string field) => data?[field]?["edges"]?[0]?["cursor"]?.GetValue<string>() ?? throw new InvalidOperationException($"no {field} cursor");
            var id = data?["articles"]?["edges"]?[0]?["node"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException("no article id");
            return (new(Cursor("articles"), Cursor("sources"), Cursor("topics"), id, signingKey), null);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or InvalidOperationException or System.Text.Json.JsonException)
        {
            return (CorpusFacts.Offline(signingKey), "could not read cursors from the server, using forged ones: " + exception.Message);
        }
    }
}
