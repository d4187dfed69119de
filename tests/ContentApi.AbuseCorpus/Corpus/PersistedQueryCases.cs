using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>Trusted documents and Apollo APQ misused: unknown and mismatched hashes, malformed extensions, huge documents.</summary>
internal static class PersistedQueryCases
{
    private const string Query = "{ articles(first: 1) { nodes { title } } }";

    public static IEnumerable<AbuseCase> Generate(Random random)
    {
        for (var i = 0; i < 80; i++)
        {
            var hash = RandomHex(random, 64);
            var byGet = i % 2 == 1;
            var request = byGet
                ? Requests.Get(random, ("extensions", Apq(hash).ToJsonString()))
                : Requests.PostJson(random, GraphQLJson.Body(null, extensions: Apq(hash)));
            yield return Case("unknown-hash", $"{(byGet ? "GET" : "POST")} {hash[..12]}", request, CaseExpectation.Code("PERSISTED_QUERY_NOT_FOUND"));
        }

        for (var i = 0; i < 40; i++)
        {
            var id = (i % 4) switch
            {
                0 => "sha256:" + RandomHex(random, 64),
                1 => RandomHex(random, 64),
                2 => "sha256:" + UnicodeJunk.Text(random, 30),
                _ => "md5:" + RandomHex(random, 32),
            };
            var body = GraphQLJson.RawMembers(("documentId", JsonValue.Create(id)!.ToJsonString()));
            yield return Case("unknown-document-id", id[..Math.Min(id.Length, 20)], Requests.PostJson(random, body), CaseExpectation.Rejected);
        }

        for (var i = 0; i < 80; i++)
        {
            var query = i % 2 == 0 ? Query : $"{{ a{i}: __typename }}";
            var (detail, hash) = (i % 4) switch
            {
                0 => ("random hash", RandomHex(random, 64)),
                1 => ("hash of another query", Sha256Hex(Query + " ")),
                2 => ("hash with one digit changed", Flip(Sha256Hex(query))),
                _ => ("uppercase hash of another query", Sha256Hex("{ __typename }").ToUpperInvariant()),
            };
            yield return Case("hash-mismatch", $"{detail} #{i}", Requests.PostJson(random, GraphQLJson.Body(query, extensions: Apq(hash))),
                CaseExpectation.Code("PERSISTED_QUERY_HASH_MISMATCH"));
        }

        string[] malformed =
        [
            "{\"persistedQuery\":\"x\"}", "{\"persistedQuery\":42}", "{\"persistedQuery\":[]}", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":42}}",
            "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":null}}", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":[\"a\"]}}",
            "{\"persistedQuery\":{\"version\":99,\"sha256Hash\":\"zz\"}}", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"\"}}",
            "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('f', 10_000) + "\"}}",
            "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"../../etc/passwd\"}}",
        ];
        for (var i = 0; i < 80; i++)
        {
            var extensions = malformed[i % malformed.Length];
            var withQuery = i % 2 == 0;
            var json = GraphQLJson.RawMembers([.. withQuery ? new[] { ("query", "\"" + Query + "\"") } : [], ("extensions", extensions)]);
            var expectation = withQuery && (i % malformed.Length) is 0 or 1 or 2 ? CaseExpectation.Any : CaseExpectation.Rejected;
            yield return Case("malformed-extensions", $"{extensions[..Math.Min(60, extensions.Length)]}{(withQuery ? " with query" : "")}",
                Requests.PostJson(random, json), expectation);
        }

        foreach (var @case in HugeAndAbusive(random))
        {
            yield return @case;
        }
    }

    private static IEnumerable<AbuseCase> HugeAndAbusive(Random random)
    {
        for (var i = 0; i < 60; i++)
        {
            var (detail, query, expectation) = (i % 3) switch
            {
                0 => ("over the query length", "{ " + QueryText.Join(3000 + random.Next(3000), k => $"f{k}: __typename ") + "}", CaseExpectation.Rejected),
                1 => ("fragment fan-out", QueryText.FanOut(25 + random.Next(15), "Query", "__typename"), CaseExpectation.Rejected),
                _ => ("deep", "{ articles(first: 1) { nodes { " + QueryText.Nest(["quotes", "article"], 20 + random.Next(40), "title") + " } } }", CaseExpectation.Rejected),
            };
            var hash = Sha256Hex(query);
            yield return Case("huge-persisted-query", $"register {detail}", Requests.PostJson(random, GraphQLJson.Body(query, extensions: Apq(hash))), expectation);
            // Looked up by its hash alone, whether or not it was registered, it must still be refused.
            var lookup = Requests.PostJson(random, GraphQLJson.Body(null, extensions: Apq(hash)));
            yield return Case("huge-persisted-query", $"look up refused {detail}", lookup, CaseExpectation.Rejected);
        }
    }

    private static AbuseCase Case(string kind, string detail, CaseRequest request, CaseExpectation expectation) =>
        new(Categories.PersistedQueries, kind, detail, request, expectation);

    private static JsonObject Apq(string hash) =>
        GraphQLJson.Object(("persistedQuery", GraphQLJson.Object(("version", 1), ("sha256Hash", hash))));

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Flip(string hex) => (hex[0] == '0' ? '1' : '0') + hex[1..];

    private static string RandomHex(Random random, int length)
    {
        var bytes = new byte[length / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
