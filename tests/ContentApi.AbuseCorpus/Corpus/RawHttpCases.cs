using System.Text;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>
/// Malformed HTTP/1.1 that no HTTP client library would send: broken request lines and headers, impossible
/// lengths and chunked garbage. Every message is complete, so a server can answer at once.
/// </summary>
internal static class RawHttpCases
{
    private const string Body = """{"query":"{ __typename }"}""";

    public static IEnumerable<AbuseCase> Generate(Random random)
    {
        for (var i = 0; i < 60; i++)
        {
            var (detail, chunks) = ChunkedGarbage(random, i);
            var message = Head("POST", "/graphql", "Content-Type: application/json", "Transfer-Encoding: chunked") + chunks;
            yield return Case("chunked-garbage", $"{detail} #{i}", Requests.Raw(message), CaseExpectation.Status(400));
        }

        foreach (var (detail, message, expectation) in Malformed(random))
        {
            yield return Case("malformed-http", detail, Requests.Raw(message), expectation);
        }

        for (var i = 0; i < 10; i++)
        {
            var junk = new byte[64 + random.Next(512)];
            random.NextBytes(junk);
            junk[^1] = (byte)'\n';
            yield return Case("malformed-http", $"binary junk {junk.Length} bytes #{i}", Requests.Raw([.. junk, .. "\r\n\r\n"u8]), CaseExpectation.Status(400));
        }
    }

    private static AbuseCase Case(string kind, string detail, CaseRequest request, CaseExpectation expectation) =>
        new(Categories.Transport, kind, detail, request, expectation);

    private static string Head(string method, string target, params string[] headers) =>
        $"{method} {target} HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n"
        + string.Concat(headers.Select(h => h + "\r\n")) + "\r\n";

    private static (string, string) ChunkedGarbage(Random random, int i)
    {
        var half = Body.Length / 2;
        return (i % 6) switch
        {
            0 => ("non-hex chunk size", $"zz\r\n{Body}\r\n0\r\n\r\n"),
            1 => ("chunk size overflows", $"FFFFFFFFFFFFFFFFFFFFFF\r\n{Body}\r\n0\r\n\r\n"),
            2 => ("chunk longer than its size", $"{half:X}\r\n{Body}\r\n0\r\n\r\n"),
            3 => ("negative chunk size", $"-{Body.Length:X}\r\n{Body}\r\n0\r\n\r\n"),
            4 => ("chunk without CRLF", $"{Body.Length:X}{Body}0\r\n\r\n"),
            _ => ("random chunk bytes", $"{Body.Length:X}\r\n{Body}\r\n{RandomLine(random)}\r\n\r\n"),
        };
    }

    private static string RandomLine(Random random) =>
        new([.. Enumerable.Range(0, 4 + random.Next(40)).Select(_ => (char)random.Next('G', 'Z' + 1))]);

    private static IEnumerable<(string, string, CaseExpectation)> Malformed(Random random)
    {
        var body = $"Content-Length: {Body.Length}\r\n\r\n{Body}";
        var status400 = CaseExpectation.Status(400);
        var requests = new (string, string, CaseExpectation)[]
        {
            ("request line of junk", "GARBAGE\r\n\r\n", status400),
            ("double space in request line", $"POST  /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{body}", status400),
            ("header without colon", $"POST /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type application/json\r\n{body}", status400),
            ("space in header name", $"POST /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent Type: application/json\r\n{body}", status400),
            ("NUL in header value", $"POST /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-A: a\0b\r\n{body}", status400),
            ("obsolete line folding", $"POST /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-A: a\r\n folded\r\n{body}", status400),
            ("bare CR in header", $"POST /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-A: a\rb\r\n{body}", status400),
            ("no Host header", $"POST /graphql HTTP/1.1\r\nConnection: close\r\nContent-Type: application/json\r\n{body}", status400),
            ("two Host headers", $"POST /graphql HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\nContent-Type: application/json\r\n{body}", status400),
            ("non-numeric Content-Length", Head("POST", "/graphql", "Content-Type: application/json", "Content-Length: abc") + Body, status400),
            ("negative Content-Length", Head("POST", "/graphql", "Content-Type: application/json", "Content-Length: -5") + Body, status400),
            ("two Content-Lengths", Head("POST", "/graphql", "Content-Type: application/json", $"Content-Length: {Body.Length}", "Content-Length: 3") + Body, status400),
            ("Content-Length beyond 64 bits", Head("POST", "/graphql", "Content-Type: application/json", "Content-Length: 99999999999999999999999") + Body, status400),
            ("Content-Length of 100 GB", Head("POST", "/graphql", "Content-Type: application/json", "Content-Length: 100000000000") + Body, CaseExpectation.Status(413)),
            ("unsupported transfer coding", Head("POST", "/graphql", "Content-Type: application/json", "Transfer-Encoding: gzip") + Body, status400),
            ("bad percent escape in target", Head("GET", "/graphql?query=%zz%ZZ"), CaseExpectation.Rejected),
            ("query string of 10 kB", Head("GET", "/graphql?query=" + new string('a', 10000)), CaseExpectation.Status(400, 414)),
            ("target of 20 kB", Head("GET", "/graphql?" + new string('q', 20000)), CaseExpectation.Status(400, 414)),
            ("NUL in target", Head("GET", "/graphql?query=%7B\0%7D"), status400),
        };
        foreach (var request in requests)
        {
            yield return request;
        }

        for (var i = 0; i < 11; i++)
        {
            var name = "X" + RandomLine(random);
            yield return ($"unknown method {name}", Head(name, "/graphql", "Content-Type: application/json", $"Content-Length: {Body.Length}") + Body, CaseExpectation.Status(400, 405));
        }
    }
}
