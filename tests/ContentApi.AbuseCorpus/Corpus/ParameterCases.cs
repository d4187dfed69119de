using System.Text.Json.Nodes;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>GraphQL-over-HTTP parameters of the wrong shape: query, variables, operationName, extensions, GET.</summary>
internal static class ParameterCases
{
    private const string Query = "{ articles(first: 2) { nodes { title } } }";
    private const string WithVariable = "query Q($n: Int) { articles(first: $n) { nodes { title } } }";
    private const string TwoOperations = "query A { __typename } query B { articles(first: 1) { nodes { title } } }";

    // JSON values that are never a valid query text, variables map, operation name or extensions map.
    private static readonly string[] NotText = ["42", "true", "[]", "[\"{ __typename }\"]", "{}", "{\"query\":\"{ __typename }\"}", "-1.5e300", "false"];
    private static readonly string[] NotMap = ["\"{}\"", "42", "[]", "[{}]", "true", "\"\"", "\"null\"", "-0"];

    public static IEnumerable<AbuseCase> Generate(Random random)
    {
        for (var i = 0; i < 64; i++)
        {
            var value = NotText[i % NotText.Length];
            yield return Post(random, "query-wrong-type", $"query: {value} #{i}", GraphQLJson.RawMembers(("query", value)), CaseExpectation.Status(400));
        }

        string[] noQuery = ["{}", "{\"query\":null}", "{\"query\":\"\"}", "{\"query\":\"   \"}", "{\"query\":\"\\n\\t,,,\"}", "{\"variables\":{}}", "{\"operationName\":\"A\"}"];
        for (var i = 0; i < 42; i++)
        {
            var json = noQuery[i % noQuery.Length];
            yield return Post(random, "query-missing", $"{json} #{i}", json, CaseExpectation.Rejected);
        }

        for (var i = 0; i < 64; i++)
        {
            var value = NotMap[i % NotMap.Length];
            yield return Post(random, "variables-wrong-type", $"variables: {value} #{i}",
                GraphQLJson.RawMembers(("query", "\"" + WithVariable + "\""), ("variables", value)), CaseExpectation.Status(400));
        }

        foreach (var (detail, value) in BadVariableValues(random, 96))
        {
            var body = GraphQLJson.Body(WithVariable, GraphQLJson.Object(("n", value)));
            yield return Post(random, "variable-value-invalid", detail, body, CaseExpectation.Rejected);
        }

        for (var i = 0; i < 30; i++)
        {
            var keys = 1000 + random.Next(9000);
            var variables = new JsonObject();
            for (var k = 0; k < keys; k++) variables["v" + k] = k;
            yield return Post(random, "variables-many-unused", $"{keys} keys", GraphQLJson.Body(Query, variables), CaseExpectation.Any);
        }

        for (var i = 0; i < 20; i++)
        {
            yield return Post(random, "variable-required-missing", $"#{i}",
                GraphQLJson.Body("query Q($s: String!) { article(slug: $s) { title } }", new JsonObject()), CaseExpectation.Rejected);
        }

        foreach (var @case in OperationNames(random))
        {
            yield return @case;
        }

        for (var i = 0; i < 48; i++)
        {
            var value = NotMap[i % NotMap.Length];
            yield return Post(random, "extensions-wrong-type", $"extensions: {value} #{i}",
                GraphQLJson.RawMembers(("query", "\"" + Query + "\""), ("extensions", value)), CaseExpectation.Status(400));
        }

        for (var i = 0; i < 20; i++)
        {
            var extensions = new JsonObject();
            for (var k = 0; k < 2000 + random.Next(3000); k++) extensions["x" + k] = new JsonArray(k, "e", null);
            yield return Post(random, "extensions-huge-unknown", $"{extensions.Count} members", GraphQLJson.Body(Query, extensions: extensions), CaseExpectation.Any);
        }

        foreach (var @case in GetCases(random))
        {
            yield return @case;
        }
    }

    private static AbuseCase Post(Random random, string kind, string detail, string json, CaseExpectation expectation) =>
        new(Categories.Parameters, kind, detail, Requests.PostJson(random, json), expectation);

    private static IEnumerable<(string, JsonNode?)> BadVariableValues(Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 8) switch
            {
                0 => ($"n: \"{i}\" #{i}", JsonValue.Create(i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                1 => ($"n: 2^31 + {i}", JsonValue.Create(2147483648L + i)),
                2 => ($"n: 1e{100 + i}", JsonNode.Parse($"1e{100 + i}")),
                3 => ($"n: {i}.5", JsonValue.Create(i + 0.5)),
                4 => ($"n: [{i}]", new JsonArray(i)),
                5 => ($"n: {{}} #{i}", new JsonObject { ["n"] = i }),
                6 => ($"n: true #{i}", JsonValue.Create(true)),
                _ => ($"n: -2^63 - {i}", JsonNode.Parse($"-9223372036854775809{random.Next(10)}")),
            };
        }
    }

    private static IEnumerable<AbuseCase> OperationNames(Random random)
    {
        for (var i = 0; i < 80; i++)
        {
            var (detail, json, expectation) = (i % 8) switch
            {
                0 => ("unknown operationName", GraphQLJson.Body(TwoOperations, operationName: "C" + i), CaseExpectation.Status(400)),
                1 => ("two operations, no operationName", GraphQLJson.Body(TwoOperations), CaseExpectation.Rejected),
                2 => ("operationName: number", GraphQLJson.RawMembers(("query", "\"" + TwoOperations + "\""), ("operationName", i.ToString(System.Globalization.CultureInfo.InvariantCulture))), CaseExpectation.Status(400)),
                3 => ("operationName: object", GraphQLJson.RawMembers(("query", "\"" + TwoOperations + "\""), ("operationName", "{\"name\":\"A\"}")), CaseExpectation.Status(400)),
                4 => ("operationName of 10,000 characters", GraphQLJson.Body(TwoOperations, operationName: new string('A', 10000)), CaseExpectation.Rejected),
                5 => ("operationName names a fragment", GraphQLJson.Body("query A { ...F } fragment F on Query { __typename }", operationName: "F"), CaseExpectation.Status(400)),
                6 => ("operationName of junk characters", GraphQLJson.Body(TwoOperations, operationName: UnicodeJunk.Text(random, 40)), CaseExpectation.Status(400)),
                _ => ("operationName on an anonymous operation", GraphQLJson.Body(Query, operationName: "A"), CaseExpectation.Status(400)),
            };
            yield return Post(random, "operation-name-invalid", $"{detail} #{i}", json, expectation);
        }
    }

    private static IEnumerable<AbuseCase> GetCases(Random random)
    {
        string[] mutations = ["mutation { __typename }", "mutation M { articles { totalCount } }", "mutation { a: __typename b: __typename }"];
        for (var i = 0; i < 45; i++)
        {
            var request = Requests.Get(random, ("query", mutations[i % mutations.Length]));
            yield return new(Categories.Parameters, "get-mutation", $"{mutations[i % mutations.Length]} #{i}", request, CaseExpectation.Status(405));
        }

        for (var i = 0; i < 40; i++)
        {
            (string, string)[] parameters = (i % 5) switch
            {
                0 => [("query", WithVariable), ("variables", "{\"n\":")],
                1 => [("query", WithVariable), ("variables", "[1,2]")],
                2 => [("query", Query), ("extensions", "not json")],
                3 => [("query", TwoOperations), ("operationName", "Missing")],
                _ => [("variables", "{}")],
            };
            var request = Requests.Get(random, parameters);
            // A browser GET without a query gets the IDE; this corpus sends JSON Accept headers, so a 400.
            yield return new(Categories.Parameters, "get-malformed-parameters", $"{string.Join('&', parameters.Select(p => p.Item1))} #{i}", request, CaseExpectation.Status(400));
        }

        for (var i = 0; i < 20; i++)
        {
            var request = Requests.GetTarget(random, $"{Requests.Endpoint}?query={Uri.EscapeDataString(Query)}&query={Uri.EscapeDataString("{ __typename }")}");
            yield return new(Categories.Parameters, "get-duplicate-query", $"#{i}", request, CaseExpectation.Any);
        }
    }
}
