using System.Text.Json.Nodes;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>Valid documents with hostile arguments: page sizes, numbers, cursors, huge lists and texts, ids, enums.</summary>
internal static class ArgumentCases
{
    private static readonly string[] TooLarge = ["INPUT_TOO_LARGE"];

    private static readonly string[] Connections = ["articles", "sources", "topics"];

    public static IEnumerable<AbuseCase> Generate(Random random, CorpusFacts facts)
    {
        foreach (var @case in PageSizes(random))
        {
            yield return @case;
        }

        foreach (var @case in CursorCases.Generate(random, facts))
        {
            yield return @case;
        }

        for (var i = 0; i < 80; i++)
        {
            // Lists of 5,000 to 10,000 short strings, or 3,000 to 6,000 filter objects: far beyond any sane list size,
            // yet under the 256 kB body limit, so the list limit and not the body limit must refuse them.
            var size = i % 4 < 2 ? 5000 + random.Next(5000) : 3000 + random.Next(3000);
            var (detail, query, variables) = (i % 4) switch
            {
                0 => ($"slug in {size} strings", "query Q($v: [String]) { articles(where: { slug: { in: $v } }) { nodes { title } } }", GraphQLJson.Strings(Slugs(random, size))),
                1 => ($"slug nin {size} strings", "query Q($v: [String]) { articles(where: { slug: { nin: $v } }) { nodes { title } } }", GraphQLJson.Strings(Slugs(random, size))),
                2 => ($"or of {size} branches", "query Q($v: [ArticleFilterInput!]) { articles(where: { or: $v }) { nodes { title } } }", Branches(random, size)),
                _ => ($"and of {size} branches", "query Q($v: [ArticleFilterInput!]) { articles(where: { and: $v }) { nodes { title } } }", Branches(random, size)),
            };
            yield return Case(random, "huge-list-filter", detail, GraphQLJson.Body(query, GraphQLJson.Object(("v", variables))), CaseExpectation.Code(TooLarge));
        }

        for (var i = 0; i < 30; i++)
        {
            var size = 1500 + random.Next(1500);
            var query = "{ articles(where: { slug: { in: [" + string.Join(",", Slugs(random, size).Select(s => $"\"{s[..4]}\"")) + "] } }) { nodes { title } } }";
            yield return Case(random, "huge-list-literal", $"slug in {size} literals", GraphQLJson.Body(query), CaseExpectation.Any);
        }

        for (var i = 0; i < 40; i++)
        {
            var size = 5000 + random.Next(5000);
            var ids = Enumerable.Range(0, size).Select(k => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Article:{k + random.Next(100)}")));
            var body = GraphQLJson.Body("query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", GraphQLJson.Object(("ids", GraphQLJson.Strings(ids))));
            yield return Case(random, "huge-nodes-ids", $"{size} ids", body, CaseExpectation.Code(TooLarge));
        }

        string[] operators = ["startsWith", "endsWith", "contains", "eq", "ncontains", "nstartsWith"];
        for (var i = 0; i < 60; i++)
        {
            var op = operators[i % operators.Length];
            var length = 50_000 + random.Next(100_000);
            var text = string.Concat(Enumerable.Range(0, length / 10).Select(_ => "a%b_c\\d[e]"[random.Next(10)] + "xyzwvutsr"));
            var query = $"query Q($t: String) {{ articles(where: {{ title: {{ {op}: $t }} }}) {{ nodes {{ title }} }} }}";
            yield return Case(random, "huge-filter-text", $"{op} with {text.Length} characters", GraphQLJson.Body(query, GraphQLJson.Object(("t", text))), CaseExpectation.Code(TooLarge));
        }

        for (var i = 0; i < 60; i++)
        {
            var depth = 2 + random.Next(6);
            var query = "{ articles(first: 50, where: " + NestedFilter(random, depth) + ") { totalCount nodes { title } } }";
            yield return Case(random, "nested-filter", $"or/some/contains {depth} levels", GraphQLJson.Body(query), CaseExpectation.Any);
        }

        foreach (var @case in BadValues(random))
        {
            yield return @case;
        }
    }

    private static AbuseCase Case(Random random, string kind, string detail, string json, CaseExpectation expectation) =>
        new(Categories.Arguments, kind, detail, Requests.PostJson(random, json), expectation);

    private static IEnumerable<string> Slugs(Random random, int count) =>
        Enumerable.Range(0, count).Select(k => $"slug-{k}-{random.Next(1_000_000)}");

    private static JsonArray Branches(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(k => (JsonNode?)GraphQLJson.Object(("title", GraphQLJson.Object(("contains", $"t{k}{random.Next(1000)}")))))];

    private static string NestedFilter(Random random, int depth)
    {
        if (depth == 0)
        {
            return $"{{ title: {{ contains: \"{(char)('a' + random.Next(26))}\" }} }}";
        }

        var inner = NestedFilter(random, depth - 1);
        return (depth % 3) switch
        {
            0 => $"{{ or: [{inner}, {inner}, {{ summary: {{ contains: \"e\" }} }}] }}",
            1 => $"{{ quotes: {{ some: {{ text: {{ contains: \"a\" }} source: {{ name: {{ contains: \"e\" }} }} }} }} or: [{inner}, {inner}] }}",
            _ => $"{{ topics: {{ some: {{ name: {{ contains: \"o\" }} }} }} or: [{inner}, {{ body: {{ contains: \"the\" }} }}] }}",
        };
    }

    private static IEnumerable<AbuseCase> PageSizes(Random random)
    {
        (string Value, CaseExpectation Expect)[] sizes =
        [
            ("-1", CaseExpectation.Code("INVALID_PAGE_SIZE")), ("-2147483648", CaseExpectation.Code("INVALID_PAGE_SIZE")),
            ("51", CaseExpectation.Code("PAGE_SIZE_EXCEEDED")), ("1000000", CaseExpectation.Code("PAGE_SIZE_EXCEEDED")),
            ("2147483647", CaseExpectation.Code("PAGE_SIZE_EXCEEDED")), ("2147483648", CaseExpectation.Rejected),
            ("99999999999999999999", CaseExpectation.Rejected), ("1.5", CaseExpectation.Rejected), ("\"10\"", CaseExpectation.Rejected),
            ("null", CaseExpectation.Any), ("0", CaseExpectation.Any), ("50", CaseExpectation.Any), ("-0", CaseExpectation.Any),
            ("1e3", CaseExpectation.Rejected), ("[1]", CaseExpectation.Rejected), ("true", CaseExpectation.Rejected),
        ];
        for (var i = 0; i < 240; i++)
        {
            var (value, expect) = sizes[i % sizes.Length];
            var connection = Connections[random.Next(Connections.Length)];
            var argument = random.Next(2) == 0 ? "first" : "last";
            var query = (i / sizes.Length % 4) switch
            {
                0 => $"{{ {connection}({argument}: {value}) {{ totalCount }} }}",
                1 => $"{{ sources(first: 1) {{ nodes {{ quotes({argument}: {value}) {{ totalCount }} }} }} }}",
                2 => $"{{ articles(first: 1) {{ nodes {{ related(first: {value}) {{ score }} }} }} }}",
                _ => $"{{ {connection}(first: {value}, last: {value}) {{ totalCount }} }}",
            };
            // related takes first only and caps it at 20; both first and last together may be refused as a pair.
            var expectation = query.Contains("related", StringComparison.Ordinal) || query.Contains("last: ", StringComparison.Ordinal) && query.Contains("first: ", StringComparison.Ordinal)
                ? (expect.MustReject ? CaseExpectation.Rejected : CaseExpectation.Any)
                : expect;
            yield return Case(random, "page-size", $"{argument} = {value} in {query.Split('(')[0].Trim('{', ' ')} #{i}", GraphQLJson.Body(query), expectation);
        }
    }

    private static IEnumerable<AbuseCase> BadValues(Random random)
    {
        string[] enums =
        [
            "{ articles(order: [{ title: UP }]) { totalCount } }", "{ articles(order: [{ title: \"ASC\" }]) { totalCount } }",
            "{ articles(where: { status: { eq: DELETED } }) { totalCount } }", "{ articles(order: [{ nope: ASC }]) { totalCount } }",
            "{ articles(order: [{ title: ASC, slug: DESC }]) { totalCount } }", "{ topics(order: { name: null }) { totalCount } }",
            "{ articles(where: { publishedAt: { gt: \"yesterday\" } }) { totalCount } }",
            "{ articles(where: { publishedAt: { gt: \"2024-05-01T08:30:00\" } }) { totalCount } }",
            "{ articles(where: { publishedAt: { gt: \"99999-01-01T00:00:00Z\" } }) { totalCount } }",
            "{ articles(where: { title: { in: [1, 2] } }) { totalCount } }",
        ];
        for (var i = 0; i < 80; i++)
        {
            var query = enums[i % enums.Length];
            yield return Case(random, "bad-enum-or-scalar", $"{query} #{i}", GraphQLJson.Body(query), CaseExpectation.Rejected);
        }

        for (var i = 0; i < 120; i++)
        {
            var (detail, id, expect) = (i % 8) switch
            {
                0 => ("empty id", "", CaseExpectation.Code("INVALID_ID")),
                1 => ("not base64", "!!" + UnicodeJunk.Text(random, 8), CaseExpectation.Code("INVALID_ID")),
                2 => ("base64 without a separator", Base64("Article" + random.Next(1000)), CaseExpectation.Code("INVALID_ID")),
                3 => ("non-numeric key", Base64("Article:abc" + random.Next(1000)), CaseExpectation.Code("INVALID_ID")),
                4 => ("key beyond Int32", Base64("Article:" + (2147483648L + random.Next(1000))), CaseExpectation.Code("INVALID_ID")),
                5 => ("unknown type", Base64("Secret:" + random.Next(1000)), CaseExpectation.Any),
                6 => ("id of 10,000 characters", Base64(new string('A', 7500)), CaseExpectation.Rejected),
                _ => ("unknown key", Base64("Article:" + (1_000_000 + random.Next(1000))), CaseExpectation.Any),
            };
            var query = i % 2 == 0 ? "query Q($id: ID!) { node(id: $id) { id } }" : "query Q($id: ID!) { nodes(ids: [$id, $id]) { id } }";
            yield return Case(random, "bad-global-id", $"{detail} #{i}", GraphQLJson.Body(query, GraphQLJson.Object(("id", id))), expect);
        }
    }

    private static string Base64(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));
}
