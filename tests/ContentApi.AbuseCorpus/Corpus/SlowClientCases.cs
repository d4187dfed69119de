using System.Globalization;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>
/// Clients that send the head at once and then trickle the body far below any sane data rate. The server must
/// answer 408 within its body timeout, not hold the connection or answer with a 200 or a 5xx.
/// </summary>
internal static class SlowClientCases
{
    public static IEnumerable<AbuseCase> Generate(Random random)
    {
        for (var i = 0; i < 10; i++)
        {
            var interval = 700 + random.Next(800);
            var body = """{"query":"{ articles(first: 1) { nodes { title } } }","extensions":{"pad":" """ + new string('p', 400) + "\"}}";
            var chunked = i % 2 == 1;
            var head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" : $"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
            var sent = chunked ? $"{body.Length:X}\r\n{body}\r\n0\r\n\r\n" : body;
            yield return new(Categories.Transport, "trickled-body", $"{(chunked ? "chunked" : "content-length")}, 1 byte per {interval} ms",
                Requests.Trickle(head, sent, interval), new CaseExpectation { MustReject = true, Statuses = [408], SlowClient = true });
        }
    }
}
