namespace GraphQLHttp.Tests;

/// <summary>Introspection: the real tools' queries pass the default limits; cycles and disabled introspection do not.</summary>
public sealed class IntrospectionLimitTests
{
    public static IEnumerable<object[]> ToolQueries => IntrospectionFixtures.Names();

    [Theory]
    [MemberData(nameof(ToolQueries))]
    public async Task Introspection_queries_of_real_tools_pass_the_default_limits(string tool)
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync(IntrospectionFixtures.Read(tool)));

        Assert.False(response.HasErrors, response.Body.GetRawText());
    }

    [Fact]
    public async Task The_classic_full_introspection_query_passes_the_default_limits()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync(IntrospectionQuery.Full));

        Assert.False(response.HasErrors, response.Body.GetRawText());
    }

    [Fact]
    public async Task Introspection_deeper_than_the_limit_is_refused_even_without_lists()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxIntrospectionDepth"] = "4" });

        var shallow = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ __type(name: \"Query\") { ofType { ofType { name } } } }"));
        var deep = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ __type(name: \"Query\") { ofType { ofType { ofType { name } } } } }"));

        Assert.False(shallow.HasErrors, shallow.Body.GetRawText());
        Assert.Equal("MAX_INTROSPECTION_DEPTH", deep.FirstErrorCode);
    }

    [Fact]
    public async Task Cycles_through_fragments_are_counted_too()
    {
        await using var host = await TestGraphQLHost.StartAsync();
        const string query = """
            { __schema { types { ...A } } }
            fragment A on __Type { interfaces { ...B } }
            fragment B on __Type { possibleTypes { ...C } }
            fragment C on __Type { interfaces { name } }
            """;

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync(query));

        Assert.Equal("MAX_INTROSPECTION_DEPTH", response.FirstErrorCode);
    }

    [Fact]
    public async Task Introspection_can_be_turned_off_but_typename_still_works()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:IntrospectionEnabled"] = "false" });

        var schema = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ __schema { queryType { name } } }", "application/graphql-response+json"));
        var type = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ __type(name: \"Query\") { name } }"));
        var typename = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ __typename hello }"));

        Assert.Equal(400, schema.Status);
        Assert.Equal("INTROSPECTION_DISABLED", schema.FirstErrorCode);
        Assert.Equal("INTROSPECTION_DISABLED", type.FirstErrorCode);
        Assert.False(typename.HasErrors, typename.Body.GetRawText());
    }
}
