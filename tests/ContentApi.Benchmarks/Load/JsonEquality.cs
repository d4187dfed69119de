using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentApi.Benchmarks.Load;

/// <summary>
/// Compares arm A's <c>data</c> with arm B's answer: same members in the same order, same strings, same
/// array lengths. Numbers must be equal, floating-point ones to 1e-12 relative (the two arms sum the same
/// terms; the order of a floating-point sum may differ in the last bit). Returns the first difference's path.
/// </summary>
internal static class JsonEquality
{
    public const double RelativeTolerance = 1e-12;

    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                var expectedKeys = e.Select(p => p.Key).ToList();
                var actualKeys = a.Select(p => p.Key).ToList();
                if (!expectedKeys.SequenceEqual(actualKeys))
                {
                    return $"{path}: members [{string.Join(",", expectedKeys)}] vs [{string.Join(",", actualKeys)}]";
                }

                return expectedKeys.Select(k => FirstDifference(e[k], a[k], $"{path}.{k}")).FirstOrDefault(d => d is not null);
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items vs {a.Count}";
                }

                return e.Select((item, i) => FirstDifference(item, a[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            case (JsonValue e, JsonValue a) when e.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number:
                var (x, y) = (e.GetValue<double>(), a.GetValue<double>());
                return x == y || Math.Abs(x - y) <= RelativeTolerance * Math.Max(Math.Abs(x), Math.Abs(y)) ? null : $"{path}: {x:R} vs {y:R}";
            default:
                var (expectedText, actualText) = (expected?.ToJsonString() ?? "null", actual?.ToJsonString() ?? "null");
                return expectedText == actualText ? null : $"{path}: {Shorten(expectedText)} vs {Shorten(actualText)}";
        }
    }

    private static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;
}
