using System.Text.Json.Nodes;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>
/// Cursors that must all be refused with <c>INVALID_CURSOR</c>: garbage, tampered ones, real ones used on another
/// field or ordering, and correctly signed ones whose payload is wrong.
/// </summary>
internal static class CursorCases
{
    private static readonly string[] Invalid = ["INVALID_CURSOR"];

    public static IEnumerable<AbuseCase> Generate(Random random, CorpusFacts facts)
    {
        for (var i = 0; i < 90; i++)
        {
            var (detail, cursor) = (i % 6) switch
            {
                0 => ("empty", ""),
                1 => ("dots only", new string('.', 1 + random.Next(5))),
                2 => ("three parts", "a.b.c"),
                3 => ("random base64url pair", RandomToken(random, 30) + "." + RandomToken(random, 22)),
                4 => ("unicode junk", UnicodeJunk.Text(random, 20)),
                _ => ("random text", RandomToken(random, 1 + random.Next(60))),
            };
            yield return Paged(random, "bad-cursor", detail, "articles", "after", cursor, null, Invalid);
        }

        for (var i = 0; i < 10; i++)
        {
            var cursor = RandomToken(random, 10_000 + random.Next(20_000));
            yield return Paged(random, "bad-cursor", $"{cursor.Length} characters", "topics", "before", cursor, null, [.. Invalid, "INPUT_TOO_LARGE"]);
        }

        var real = new (string Field, string Cursor)[] { ("articles", facts.ArticleCursor), ("sources", facts.SourceCursor), ("topics", facts.TopicCursor) };
        for (var i = 0; i < 60; i++)
        {
            var (field, cursor) = real[i % real.Length];
            var chars = cursor.ToCharArray();
            // The last character of a base64url segment may carry only padding bits; changing it may change nothing.
            var at = random.Next(chars.Length - 1);
            while (chars[at] == '.' || chars[at + 1] == '.')
            {
                at = random.Next(chars.Length - 1);
            }

            chars[at] = chars[at] == 'A' ? 'B' : 'A';
            var (detail, tampered) = (i % 3) switch
            {
                0 => ($"character {at} changed", new string(chars)),
                1 => ("signature of another cursor", cursor.Split('.')[0] + "." + real[(i + 1) % real.Length].Cursor.Split('.')[^1]),
                _ => ("signature cut short", cursor[..cursor.LastIndexOf('.')] + "." + cursor.Split('.')[^1][..8]),
            };
            if (tampered == cursor)
            {
                continue;
            }

            yield return Paged(random, "tampered-cursor", $"{field}: {detail}", field, "after", tampered, null, Invalid);
        }

        (string Field, string Cursor, string? Order, string Detail)[] foreign =
        [
            ("topics", facts.SourceCursor, null, "sources cursor on topics"),
            ("sources", facts.TopicCursor, null, "topics cursor on sources"),
            ("sources", facts.ArticleCursor, null, "articles cursor on sources"),
            ("articles", facts.ArticleCursor, "[{ title: ASC }]", "articles cursor under another order"),
            ("topics", facts.TopicCursor, "[{ name: DESC }]", "topics cursor under another order"),
        ];
        for (var i = 0; i < 50; i++)
        {
            var (field, cursor, order, detail) = foreign[i % foreign.Length];
            yield return Paged(random, "foreign-cursor", $"{detail} #{i}", field, i % 2 == 0 ? "after" : "before", cursor, order, Invalid);
        }

        foreach (var @case in Forged(random, facts))
        {
            yield return @case;
        }
    }

    private static IEnumerable<AbuseCase> Forged(Random random, CorpusFacts facts)
    {
        var forge = new CursorForge(facts.CursorSigningKey);
        var ordering = CursorForge.OrderingOf(facts.ArticleCursor) ?? "publishedAt:DESC,id:DESC";
        var s = JsonValue.Create(ordering)!.ToJsonString();
        string[] payloads =
        [
            $$"""{"S":{{s}}}""", $$"""{"S":{{s}},"K":[]}""", $$"""{"S":{{s}},"K":null}""", $$"""{"S":{{s}},"K":[1]}""",
            """{"K":[638814466200000000,1]}""", $$"""{"S":{{s}},"K":["x",1]}""", $$"""{"S":{{s}},"K":[1e300,1]}""",
            $$"""{"S":{{s}},"K":[{},{}]}""", $$"""{"S":{{s}},"K":[null,"x"]}""", "[]", "\"x\"", "null",
            $$"""{"S":{{s}},"K":[638814466200000000,99999999999999]}""", $$"""{"S":{{s}},"K":[-1,1]}""",
            $$"""{"S":null,"K":[638814466200000000,1]}""", $$"""{"S":{{s}},"K":[638814466200000000,1,2]}""",
        ];
        for (var i = 0; i < 80; i++)
        {
            var payload = payloads[i % payloads.Length];
            var direction = random.Next(2) == 0 ? "after" : "before";
            yield return Paged(random, "forged-cursor", $"signed {payload}", "articles", direction, forge.Sign(payload), null, Invalid);
        }
    }

    private static AbuseCase Paged(Random random, string kind, string detail, string field, string direction, string cursor, string? order, string[] codes)
    {
        var size = direction == "after" ? "first" : "last";
        var orderArgument = order is null ? "" : $", order: {order}";
        var query = $"query Q($c: String) {{ {field}({size}: 2, {direction}: $c{orderArgument}) {{ nodes {{ id }} }} }}";
        var body = GraphQLJson.Body(query, GraphQLJson.Object(("c", cursor)));
        return new(Categories.Arguments, kind, detail, Requests.PostJson(random, body), CaseExpectation.Code(codes));
    }

    private static string RandomToken(Random random, int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[r.Next(alphabet.Length)];
        });
    }
}
