using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContentApi.Benchmarks.Load;

/// <summary>One answer of one arm: the JSON to compare, its size on the wire, and the SQL statements it cost.</summary>
internal sealed partial record ArmResponse(int Status, JsonNode? Json, string Text, int Bytes, int? Statements)
{
    public static async Task<ArmResponse> ReadAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            json = null;
        }

        var timing = response.Headers.TryGetValues("Server-Timing", out var values) ? string.Join(", ", values) : "";
        var match = StatementCount().Match(timing);
        return new ArmResponse((int)response.StatusCode, json, text, bytes.Length, match.Success ? int.Parse(match.Groups[1].Value) : null);
    }

    [GeneratedRegex(@"(\d+) statements?")]
    private static partial Regex StatementCount();
}
