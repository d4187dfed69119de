using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>GraphQL-over-HTTP request bodies, well-formed JSON whatever their GraphQL content.</summary>
internal static class GraphQLJson
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public static string Body(string? query, JsonNode? variables = null, string? operationName = null, JsonNode? extensions = null)
    {
        var body = new JsonObject();
        if (query is not null) body["query"] = query;
        if (variables is not null) body["variables"] = variables;
        if (operationName is not null) body["operationName"] = operationName;
        if (extensions is not null) body["extensions"] = extensions;
        return body.ToJsonString(Compact);
    }

    /// <summary>A body whose members are given as raw JSON, to send members of the wrong type.</summary>
    public static string RawMembers(params (string Name, string Json)[] members) =>
        "{" + string.Join(',', members.Select(m => $"{JsonSerializer.Serialize(m.Name)}:{m.Json}")) + "}";

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    public static JsonObject Object(params (string Name, JsonNode? Value)[] members)
    {
        var result = new JsonObject();
        foreach (var (name, value) in members)
        {
            result[name] = value;
        }

        return result;
    }
}
