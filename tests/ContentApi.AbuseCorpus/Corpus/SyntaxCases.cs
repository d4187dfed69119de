namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>Documents that do not parse, or parse only with great effort: broken, deeply nested, long, junk.</summary>
internal static class SyntaxCases
{
    private static readonly string[] Valid =
    [
        "{ articles(first: 3, where: { title: { contains: \"AI\" } }) { nodes { title topics { name } } } }",
        "query Q($n: Int = 2) { sources(first: $n) { edges { cursor node { name quotes(first: 1) { nodes { text } } } } } }",
        "{ article(slug: \"x\") { title related(first: 2) { score article { title } } } }",
        "{ topics(order: [{ name: DESC }]) { nodes { name slug } pageInfo { hasNextPage endCursor } } }",
    ];

    private static readonly string[] Breakers =
    [
        "{", "}", "(", ")", "[", "]", ":", "\"", "\"\"\"", "$", "@", "...", "!", "=", "|", "&", "#", "%", "^", "\\", "0x1F", "1.", "1e", ".5", "-",
    ];

    public static IEnumerable<AbuseCase> Generate(Random random)
    {
        for (var i = 0; i < 260; i++)
        {
            var (detail, query) = Broken(random, i);
            yield return Case(random, "broken-document", detail, query, CaseExpectation.Code("GRAPHQL_PARSE_FAILED"));
        }

        for (var i = 0; i < 60; i++)
        {
            var (detail, query) = (i % 4) switch
            {
                0 => ("unterminated string", "{ article(slug: \"" + UnicodeJunk.Text(random, 10 + random.Next(200)).Replace("\"", "") + ") { title } }"),
                1 => ("unterminated block string", "{ article(slug: \"\"\"" + new string('s', random.Next(5000)) + ") { title } }"),
                2 => ("bad escape", "{ article(slug: \"a\\" + "xqz"[random.Next(3)] + "b\") { title } }"),
                _ => ("short unicode escape", "{ article(slug: \"\\u" + random.Next(0xFFF).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\") { title } }"),
            };
            yield return Case(random, "bad-string", $"{detail} #{i}", query, CaseExpectation.Code("GRAPHQL_PARSE_FAILED"));
        }

        foreach (var @case in DeepNesting(random))
        {
            yield return @case;
        }

        foreach (var @case in LongTokenStreams(random))
        {
            yield return @case;
        }

        for (var i = 0; i < 120; i++)
        {
            var junk = UnicodeJunk.Text(random, 1 + random.Next(400));
            var (detail, query) = (i % 3) switch
            {
                0 => ("junk document", junk),
                1 => ("junk between tokens", "{ articles(first: 1) " + junk + " { nodes { title } } }"),
                _ => ("junk field name", "{ " + junk + " }"),
            };
            yield return Case(random, "unicode-junk", $"{detail} #{i}", query, CaseExpectation.Rejected);
        }

        for (var i = 0; i < 30; i++)
        {
            // Escaped lone surrogates are valid JSON but no valid string: the server must refuse them, not fail.
            var lone = i % 2 == 0 ? "\\ud800" : "\\udfff";
            var json = "{\"query\":\"{ article(slug: \\\"" + lone + "x" + i + "\\\") { title } }\"}";
            yield return new(Categories.Syntax, "lone-surrogate", $"{lone} #{i}", Requests.PostJson(random, json), CaseExpectation.Rejected);
        }
    }

    private static AbuseCase Case(Random random, string kind, string detail, string query, CaseExpectation expectation) =>
        new(Categories.Syntax, kind, detail, Requests.PostJson(random, GraphQLJson.Body(query)), expectation);

    private static (string, string) Broken(Random random, int i)
    {
        var valid = Valid[i % Valid.Length];
        switch (i % 3)
        {
            case 0:
                // Every prefix of these documents ends inside an unclosed selection set, so none parses.
                var cut = 1 + random.Next(valid.Length - 2);
                return ($"truncated at {cut}", valid[..cut]);
            case 1:
                var opens = 1 + random.Next(20);
                return ($"{opens} unclosed braces", valid + new string('{', opens));
            default:
                var breaker = Breakers[random.Next(Breakers.Length)];
                // Inserted before the final brace, a breaker is never swallowed by a string literal.
                var last = valid.LastIndexOf('}');
                var broken = valid[..last] + " " + breaker + " " + breaker + " " + valid[last..];
                return ($"'{breaker}' inserted twice", broken);
        }
    }

    private static IEnumerable<AbuseCase> DeepNesting(Random random)
    {
        for (var i = 0; i < 100; i++)
        {
            var depth = 150 + random.Next(i < 50 ? 100 : 2000);
            var (detail, query) = (i % 5) switch
            {
                0 => ("list literal", "{ articles(where: { slug: { in: " + new string('[', depth) + "\"a\"" + new string(']', depth) + " } }) { totalCount } }"),
                1 => ("object literal", "{ articles(where: " + QueryText.Repeat("{ and: [", depth) + "{ slug: { eq: \"a\" } }" + QueryText.Repeat("] }", depth) + ") { totalCount } }"),
                2 => ("or filter", "{ articles(where: " + QueryText.Repeat("{ or: ", depth) + "{ title: { eq: \"a\" } }" + QueryText.Repeat(" }", depth) + ") { totalCount } }"),
                3 => ("selection sets", QueryText.Repeat("{ a ", depth) + QueryText.Repeat("} ", depth)),
                _ => ("list of objects in variables default", "query Q($v: [String] = " + new string('[', depth) + "\"a\"" + new string(']', depth) + ") { __typename }"),
            };
            yield return Case(random, "deep-literal", $"{detail} {depth} deep", query, CaseExpectation.Rejected);
        }
    }

    private static IEnumerable<AbuseCase> LongTokenStreams(Random random)
    {
        for (var i = 0; i < 90; i++)
        {
            // Under the query-length limit (20,000 characters) except where the detail says otherwise.
            var count = 1000 + random.Next(800);
            var (detail, query, expectation) = (i % 6) switch
            {
                0 => ($"{count} repeated __typename", "{ " + QueryText.Repeat("__typename ", count) + "}", CaseExpectation.Any),
                1 => ($"{count * 10} commas", "{ __typename " + new string(',', count * 10) + " }", CaseExpectation.Any),
                2 => ($"{count * 4} punctuators", "{ __typename " + QueryText.Repeat("! ", count * 4) + " }", CaseExpectation.Code("GRAPHQL_PARSE_FAILED", "MAX_TOKENS")),
                3 => ($"{count * 3} comment lines", "{ __typename \n" + QueryText.Repeat("#c\n", count * 3) + " }", CaseExpectation.Any),
                4 => ($"{count} arguments", "{ articles(" + QueryText.Repeat("a: 1 ", count) + ") { totalCount } }", CaseExpectation.Rejected),
                _ => ($"{count * 10} tokens, over the query length", "{ " + QueryText.Repeat("__typename ", count * 10) + "}", CaseExpectation.Rejected),
            };
            yield return Case(random, "long-token-stream", detail, query, expectation);
        }
    }
}
