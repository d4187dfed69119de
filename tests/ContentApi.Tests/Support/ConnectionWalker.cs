using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Support;

/// <summary>
/// Follows a connection's cursors from one end to the other, checking on the way that every page's pageInfo is
/// exact and that its start and end cursors are those of its first and last edge.
/// </summary>
internal static class ConnectionWalker
{
    /// <param name="query">Takes <c>$cursor: String</c> and selects <c>pageInfo { … all four … } edges { cursor node { … } }</c>.</param>
    /// <param name="connection">Finds the connection in the response data.</param>
    public static async Task<List<JToken>> WalkAsync(
        HttpClient client, string query, Func<JToken, JToken> connection, bool forward, int pageSize, object? extraVariables = null)
    {
        var nodes = new List<List<JToken>>();
        string? cursor = null;
        for (var page = 0; page < 1000; page++)
        {
            // A plain dictionary: the HTTP client serializes with System.Text.Json, which cannot write a JObject.
            var variables = (extraVariables?.GetType().GetProperties() ?? []).ToDictionary(p => p.Name, p => p.GetValue(extraVariables));
            variables["cursor"] = cursor;
            var data = await client.DataAsync(query, variables);
            var current = connection(data);
            var info = current["pageInfo"]!;
            var edges = current["edges"]!.ToList();
            var (isFirstRequest, hasMore) = (cursor is null, (bool)info[forward ? "hasNextPage" : "hasPreviousPage"]!);

            Assert.Equal(isFirstRequest ? false : true, (bool)info[forward ? "hasPreviousPage" : "hasNextPage"]!);
            Assert.Equal(hasMore ? pageSize : edges.Count, edges.Count);
            Assert.Equal((string?)edges.FirstOrDefault()?["cursor"], (string?)info["startCursor"]);
            Assert.Equal((string?)edges.LastOrDefault()?["cursor"], (string?)info["endCursor"]);
            nodes.Add(edges.Select(e => e["node"]!).ToList());
            if (!hasMore)
            {
                if (!forward)
                {
                    nodes.Reverse();
                }

                return nodes.SelectMany(n => n).ToList();
            }

            cursor = (string?)info[forward ? "endCursor" : "startCursor"];
        }

        throw new InvalidOperationException("The walk did not reach the end in 1,000 pages.");
    }
}
