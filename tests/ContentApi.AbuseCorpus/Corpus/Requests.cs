using System.Text;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>Builds the requests of the corpus against the GraphQL endpoint.</summary>
internal static class Requests
{
    public const string Endpoint = "/graphql";

    // Both media types a GraphQL-over-HTTP client may ask for, a wildcard, a preference list and no header at all,
    // so every rejection is seen under both status-code conventions.
    private static readonly string[] Accepts =
    [
        "application/json", "application/graphql-response+json", "*/*",
        "application/graphql-response+json, application/json;q=0.9", "",
    ];

    public static string PickAccept(Random random) => Accepts[random.Next(Accepts.Length)];

    public static CaseRequest PostJson(Random random, string json) =>
        Post(Encoding.UTF8.GetBytes(json), "application/json", PickAccept(random));

    public static CaseRequest Post(byte[] body, string? contentType, string accept, params KeyValuePair<string, string>[] headers) =>
        new("POST", Endpoint, WithAccept(accept, headers), body) { ContentType = contentType };

    public static CaseRequest Get(Random random, params (string Name, string Value)[] parameters) =>
        GetTarget(random, Endpoint + "?" + string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}")));

    public static CaseRequest GetTarget(Random random, string target) =>
        new("GET", target, WithAccept(PickAccept(random), []), []);

    /// <summary>A whole HTTP/1.1 message, sent byte for byte; the connection closes after the response.</summary>
    public static CaseRequest Raw(string message) =>
        new("RAW", Endpoint, [], Encoding.UTF8.GetBytes(message)) { Delivery = Delivery.Raw };

    public static CaseRequest Raw(byte[] message) =>
        new("RAW", Endpoint, [], message) { Delivery = Delivery.Raw };

    /// <summary>A message whose head is sent at once and whose body then arrives one byte per interval.</summary>
    public static CaseRequest Trickle(string head, string body, int intervalMs)
    {
        var headBytes = Encoding.UTF8.GetBytes(head);
        return new("TRICKLE", Endpoint, [], [.. headBytes, .. Encoding.UTF8.GetBytes(body)])
        {
            Delivery = Delivery.Trickle,
            TrickleFrom = headBytes.Length,
            TrickleIntervalMs = intervalMs,
        };
    }

    private static KeyValuePair<string, string>[] WithAccept(string accept, KeyValuePair<string, string>[] headers) =>
        accept.Length == 0 ? headers : [new("Accept", accept), .. headers];
}
