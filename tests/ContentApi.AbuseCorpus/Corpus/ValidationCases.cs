namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>Documents that parse but must be refused, cheaply: fan-outs, cycles, depth, breadth, introspection.</summary>
internal static class ValidationCases
{
    private static readonly string[] LimitCodes = ["MAX_DEPTH", "MAX_ALIASES", "MAX_ROOT_FIELDS", "MAX_SELECTION_SET_SIZE", "MAX_TOKENS", "COMPLEXITY"];

    public static IEnumerable<AbuseCase> Generate(Random random)
    {
        for (var i = 0; i < 80; i++)
        {
            var n = 20 + random.Next(21);
            var onArticle = i % 2 == 1;
            var type = onArticle ? "Article" : "Query";
            var leaf = onArticle ? "title" : "__typename";
            var query = QueryText.FanOut(n, type, leaf);
            if (onArticle)
            {
                query = query.Replace($"{{ ...F{n} }}", $"{{ articles(first: 1) {{ nodes {{ ...F{n} }} }} }}", StringComparison.Ordinal);
            }

            yield return Case(random, "fragment-fanout", $"{n} fragments on {type}", query, CaseExpectation.Rejected);
        }

        for (var i = 0; i < 80; i++)
        {
            var nested = i % 2 == 1;
            var n = nested ? 20 + random.Next(300) : 100 + random.Next(450);
            var chain = nested
                ? QueryText.Join(n, k => $"fragment F{k} on Article {{ quotes {{ article {{ ...F{k + 1} }} }} }} ") + $"fragment F{n} on Article {{ title }}"
                : QueryText.Join(n, k => $"fragment F{k} on Query {{ ...F{k + 1} }} ") + $"fragment F{n} on Query {{ __typename }}";
            var operation = nested ? "{ articles(first: 1) { nodes { ...F0 } } } " : "{ ...F0 } ";
            yield return Case(random, "fragment-chain", $"{n} fragments{(nested ? ", each two levels deeper" : "")}", operation + chain,
                nested ? CaseExpectation.Rejected : CaseExpectation.Any);
        }

        for (var i = 0; i < 60; i++)
        {
            var n = 1000 + random.Next(1000);
            yield return Case(random, "undefined-spreads", $"{n} spreads", "{ __typename " + QueryText.Join(n, k => $"...U{k} ") + "}", CaseExpectation.Rejected);
        }

        for (var i = 0; i < 90; i++)
        {
            var (detail, query) = (i % 3) switch
            {
                0 => Directive(random, "@skip(if: false) ", 1000),
                1 => Directive(random, "@include(if: true) ", 900),
                _ => Directive(random, "@x ", 5000),
            };
            yield return Case(random, "repeated-directive", detail, query, CaseExpectation.Rejected);
        }

        for (var i = 0; i < 60; i++)
        {
            var n = (i % 3) switch { 0 => 1, 1 => 2, _ => 50 + random.Next(350) };
            var cycle = QueryText.Join(n, k => $"fragment C{k} on Query {{ __typename ...C{(k + 1) % n} }} ");
            yield return Case(random, "fragment-cycle", $"cycle of {n}", "{ ...C0 } " + cycle, CaseExpectation.Rejected);
        }

        for (var i = 0; i < 80; i++)
        {
            var pairs = 8 + random.Next(i < 40 ? 20 : 400);
            var query = "{ articles(first: 1) { nodes { " + QueryText.Nest(["quotes", "article"], pairs, "title") + " } } }";
            var expectation = pairs <= 30 ? CaseExpectation.Code("MAX_DEPTH", "MAX_SYNTAX_DEPTH") : CaseExpectation.Rejected;
            yield return Case(random, "deep-selection", $"{2 * pairs + 2} levels", query, expectation);
        }

        foreach (var @case in Breadth(random))
        {
            yield return @case;
        }

        foreach (var @case in IntrospectionCases.Generate(random))
        {
            yield return @case;
        }

        string[] operations =
        [
            "mutation { __typename }", "mutation M { articles { totalCount } }", "subscription { articles { totalCount } }",
            "subscription S { __typename }", "mutation { deleteArticle(id: \"QXJ0aWNsZTox\") }", "query A { __typename } mutation B { __typename }",
        ];
        for (var i = 0; i < 60; i++)
        {
            var operation = operations[i % operations.Length];
            var body = operation.StartsWith("query A", StringComparison.Ordinal) ? GraphQLJson.Body(operation, operationName: "B") : GraphQLJson.Body(operation);
            yield return new(Categories.Validation, "missing-operation-type", $"{operation} #{i}", Requests.PostJson(random, body), CaseExpectation.Rejected);
        }
    }

    private static AbuseCase Case(Random random, string kind, string detail, string query, CaseExpectation expectation) =>
        new(Categories.Validation, kind, detail, Requests.PostJson(random, GraphQLJson.Body(query)), expectation);

    private static (string, string) Directive(Random random, string directive, int max)
    {
        var n = max / 2 + random.Next(max / 2);
        return ($"{directive.Trim()} x {n}", "{ __typename " + QueryText.Repeat(directive, n) + "}");
    }

    private static IEnumerable<AbuseCase> Breadth(Random random)
    {
        for (var i = 0; i < 70; i++)
        {
            var expensive = i % 2 == 1;
            var n = expensive ? 31 + random.Next(170) : 31 + random.Next(970);
            var query = expensive
                ? "{ " + QueryText.Join(n, k => $"a{k}: articles(first: 50) {{ nodes {{ related(first: 20) {{ score }} }} }} ") + "}"
                : "{ " + QueryText.Join(n, k => $"a{k}: __typename ") + "}";
            yield return Case(random, "many-aliases", $"{n} aliases{(expensive ? " of related" : "")}", query, CaseExpectation.Code(LimitCodes));
        }

        for (var i = 0; i < 40; i++)
        {
            var n = 21 + random.Next(9);
            var query = "{ " + QueryText.Join(n, k => $"r{k}: topics(first: 1) {{ totalCount }} ") + "}";
            yield return Case(random, "many-root-fields", $"{n} root fields", query, CaseExpectation.Code(LimitCodes));
        }

        for (var i = 0; i < 60; i++)
        {
            var conflicting = i % 2 == 0;
            var n = conflicting ? 100 + random.Next(450) : 500 + random.Next(1200);
            var query = conflicting
                ? "{ " + QueryText.Join(n, k => $"articles(first: {k % 50}) {{ totalCount }} ") + "}"
                : "{ articles(first: 1) { nodes { " + QueryText.Repeat("title ", n) + "} } }";
            yield return Case(random, conflicting ? "conflicting-fields" : "repeated-fields", $"{n} fields", query,
                conflicting ? CaseExpectation.Rejected : CaseExpectation.Any);
        }
    }
}
