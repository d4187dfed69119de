using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Search;

/// <summary>Runs searches through the API the way a front end does.</summary>
internal static class SearchClient
{
    public const int PageSize = 50;

    /// <summary>The edges of one page (node slug and title, score, cursor, highlights).</summary>
    public static async Task<JToken> PageAsync(HttpClient client, string query, string arguments = "")
    {
        var data = await client.DataAsync(
            $"query($q: String!) {{ search(query: $q{arguments}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} "
            + "edges { cursor score node { slug title } highlights { field segments { text match } } } } }",
            new { q = query });
        return data["search"]!;
    }

    /// <summary>Every result of a search, page after page, in the API's order.</summary>
    public static async Task<List<JToken>> AllAsync(HttpClient client, string query, string where = "")
    {
        var edges = new List<JToken>();
        string? after = null;
        do
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var page = await PageAsync(client, query, $", first: {PageSize}{cursor}{where}");
            edges.AddRange(page["edges"]!);
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);

        return edges;
    }

    public static async Task<HashSet<string>> SlugsAsync(HttpClient client, string query) =>
        (await AllAsync(client, query)).Select(e => (string)e["node"]!["slug"]!).ToHashSet();
}
