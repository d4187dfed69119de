using System.Text;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>HTTP-level abuse: methods, media types, broken or oversized bodies, huge headers.</summary>
internal static class TransportCases
{
    private const string Valid = """{"query":"{ articles(first: 2) { nodes { title } } }"}""";
    private const int BodyLimit = 262144;

    private static readonly string[] Methods = ["PUT", "DELETE", "PATCH"];

    private static readonly string[] UnsupportedContentTypes =
    [
        "text/plain", "application/xml", "text/html", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
        "application/octet-stream", "image/png", "a/b/c", "json", ";;;", "application/json; charset=utf-16",
        "application/json; charset=latin1", "application/jsonx", "text/json+x",
    ];

    private static readonly string[] UnacceptableAccepts =
    [
        "text/html", "image/png", "application/xml", "text/plain", "application/graphql-response+json;q=0, application/json;q=0",
        "application/pdf, image/*", "video/*",
    ];

    public static IEnumerable<AbuseCase> Generate(Random random)
    {
        for (var i = 0; i < 60; i++)
        {
            var method = Methods[i % Methods.Length];
            var request = Requests.Post(Encoding.UTF8.GetBytes(Valid), "application/json", Requests.PickAccept(random)) with { Method = method };
            yield return new(Categories.Transport, "method-not-allowed", $"{method} #{i}", request, CaseExpectation.Status(405));
        }

        for (var i = 0; i < 90; i++)
        {
            var type = UnsupportedContentTypes[i % UnsupportedContentTypes.Length];
            var request = Requests.Post(Encoding.UTF8.GetBytes(Valid), type, Requests.PickAccept(random));
            yield return new(Categories.Transport, "unsupported-content-type", $"{type} #{i}", request, CaseExpectation.Status(400, 415));
        }

        for (var i = 0; i < 15; i++)
        {
            var request = Requests.Post(Encoding.UTF8.GetBytes(Valid), null, Requests.PickAccept(random));
            yield return new(Categories.Transport, "missing-content-type", $"#{i}", request, CaseExpectation.Status(400, 415));
        }

        for (var i = 0; i < 70; i++)
        {
            var accept = UnacceptableAccepts[i % UnacceptableAccepts.Length];
            var request = Requests.Post(Encoding.UTF8.GetBytes(Valid), "application/json", accept);
            yield return new(Categories.Transport, "not-acceptable", $"{accept} #{i}", request, CaseExpectation.Status(406));
        }

        foreach (var malformed in MalformedJson.Generate(random, Valid, 260))
        {
            var request = Requests.Post(malformed.Body, "application/json", Requests.PickAccept(random));
            yield return new(Categories.Transport, "malformed-json", malformed.Detail, request, CaseExpectation.Status(400));
        }

        foreach (var (detail, json) in WrongBodyShapes())
        {
            var request = Requests.Post(Encoding.UTF8.GetBytes(json), "application/json", Requests.PickAccept(random));
            yield return new(Categories.Transport, "wrong-body-type", detail, request, CaseExpectation.Status(400));
        }

        for (var i = 0; i < 24; i++)
        {
            var size = BodyLimit + 1 + random.Next(4 * BodyLimit);
            var body = Encoding.UTF8.GetBytes(PaddedBody(size));
            var request = Requests.Post(body, "application/json", Requests.PickAccept(random)) with { Chunked = i % 2 == 1 };
            yield return new(Categories.Transport, "body-too-large", $"{size} bytes{(request.Chunked ? " chunked" : "")}", request, CaseExpectation.Status(413));
        }

        foreach (var @case in HugeHeaders(random))
        {
            yield return @case;
        }

        foreach (var @case in RawHttpCases.Generate(random))
        {
            yield return @case;
        }

        foreach (var @case in SlowClientCases.Generate(random))
        {
            yield return @case;
        }
    }

    private static IEnumerable<(string Detail, string Json)> WrongBodyShapes()
    {
        string[] shapes = ["[]", "[" + Valid + "]", "[" + Valid + "," + Valid + "]", "42", "\"{ __typename }\"", "null", "true", "{}",
            "{\"Query\":\"{ __typename }\"}", "{\"QUERY\":\"{ __typename }\"}", "\"\"", "-0", "1e308"];
        for (var i = 0; i < 39; i++)
        {
            yield return ($"{shapes[i % shapes.Length]} #{i}", shapes[i % shapes.Length]);
        }
    }

    private static string PaddedBody(int size)
    {
        var prefix = """{"query":"{ __typename }","extensions":{"pad":" """;
        return prefix + new string('x', Math.Max(0, size - prefix.Length - 3)) + "\"}}";
    }

    private static IEnumerable<AbuseCase> HugeHeaders(Random random)
    {
        for (var i = 0; i < 40; i++)
        {
            var body = Encoding.UTF8.GetBytes(Valid);
            var accept = Requests.PickAccept(random);
            var (detail, headers, expectation) = (i % 4) switch
            {
                0 => ("one 64 kB header", new[] { Header("X-Junk", new string('a', 65536)) }, CaseExpectation.Status(431, 400)),
                1 => ("200 headers of 1 kB", Enumerable.Range(0, 200).Select(n => Header($"X-Junk-{n}", new string('b', 1024))).ToArray(), CaseExpectation.Status(431, 400)),
                2 => ("48 kB cookie", new[] { Header("Cookie", string.Join("; ", Enumerable.Range(0, 4000).Select(n => $"c{n}=v{n}"))) }, CaseExpectation.Status(431, 400)),
                _ => ("600 media types in Accept", Array.Empty<KeyValuePair<string, string>>(), CaseExpectation.Any),
            };
            if (i % 4 == 3)
            {
                accept = string.Join(", ", Enumerable.Range(0, 600).Select(n => $"type{n}/sub{n};q=0.{n % 10}")) + ", application/json";
            }

            yield return new(Categories.Transport, "huge-headers", $"{detail} #{i}", Requests.Post(body, "application/json", accept, headers), expectation);
        }
    }

    private static KeyValuePair<string, string> Header(string name, string value) => new(name, value);
}
