namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>
/// Introspection that cycles through the schema's types, and the real introspection query of the IDEs as a
/// control: the cycles must be refused or answered within budget, the real query must keep working.
/// </summary>
internal static class IntrospectionCases
{
    // The introspection query GraphiQL and Banana Cake Pop send (graphql-js getIntrospectionQuery, with descriptions).
    public const string StandardQuery = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
          types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue } interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        """;

    public static IEnumerable<AbuseCase> Generate(Random random)
    {
        for (var i = 0; i < 100; i++)
        {
            var pairs = 4 + random.Next(37);
            var (detail, query) = (i % 3) switch
            {
                0 => ("__schema types interfaces/possibleTypes", "{ __schema { types { " + QueryText.Nest(["interfaces", "possibleTypes"], pairs, "name") + " } } }"),
                1 => ("__type(Article) fields/type", "{ __type(name: \"Article\") { " + QueryText.Nest(["fields", "type"], pairs, "name") + " } }"),
                _ => ("__schema types fields/type", "{ __schema { types { " + QueryText.Nest(["fields", "type"], pairs, "name") + " } } }"),
            };
            var expectation = pairs >= 16 ? CaseExpectation.Rejected : CaseExpectation.Any;
            yield return new(Categories.Validation, "introspection-cycle", $"{detail} x {pairs}", Requests.PostJson(random, GraphQLJson.Body(query)), expectation);
        }

        for (var i = 0; i < 10; i++)
        {
            var body = GraphQLJson.Body(StandardQuery, operationName: "IntrospectionQuery");
            yield return new(Categories.Validation, "introspection-standard", $"control #{i}", Requests.PostJson(random, body), CaseExpectation.Succeeds);
        }
    }
}
