namespace GraphQLHttp.Tests;

/// <summary>Limits on the document: length, depth, cost, aliases and root fields.</summary>
public sealed class DocumentLimitTests
{
    private const string AcceptedByDefaultCost =
        "{ articles(first: 10) { nodes { title topics { name } quotes { text source { name } } } } }";

    private const string RejectedByDefaultCost =
        "{ articles(first: 50) { nodes { topics { articles(first: 50) { nodes { quotes { text } } } } } } }";

    [Fact]
    public async Task Query_text_over_the_limit_is_refused()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxQueryLength"] = "20" });

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello hello hello hello }", "application/graphql-response+json"));

        Assert.Equal(400, response.Status);
        Assert.Equal("QUERY_TOO_LONG", response.FirstErrorCode);
    }

    [Fact]
    public async Task Depth_over_the_limit_gets_max_depth()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxDepth"] = "4" });

        var shallow = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ articles(first: 1) { nodes { topics { name } } } }"));
        var deep = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ articles(first: 1) { nodes { topics { articles(first: 1) { totalCount } } } } }"));

        Assert.False(shallow.HasErrors);
        Assert.Equal("MAX_DEPTH", deep.FirstErrorCode);
    }

    [Fact]
    public async Task Default_cost_limit_accepts_a_page_and_rejects_nested_pages()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var page = await GraphQLResponse.ReadAsync(host.PostQueryAsync(AcceptedByDefaultCost));
        var nested = await GraphQLResponse.ReadAsync(host.PostQueryAsync(RejectedByDefaultCost, "application/graphql-response+json"));

        Assert.False(page.HasErrors, page.Body.GetRawText());
        Assert.Equal(10, page.Body.GetProperty("data").GetProperty("articles").GetProperty("nodes").GetArrayLength());
        Assert.Equal(400, nested.Status);
        Assert.Equal("COMPLEXITY", nested.FirstErrorCode);
    }

    [Fact]
    public async Task First_given_as_a_variable_counts_on_every_request_even_with_a_cached_document()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxComplexity"] = "100" });
        const string query = "query Q($n: Int) { articles(first: $n) { nodes { title } } }";

        var small = await GraphQLResponse.ReadAsync(host.PostJsonAsync(Body(query, "{\"n\":2}")));
        var large = await GraphQLResponse.ReadAsync(host.PostJsonAsync(Body(query, "{\"n\":200}")));

        Assert.False(small.HasErrors);
        Assert.Equal("COMPLEXITY", large.FirstErrorCode);
    }

    [Fact]
    public async Task Introspection_is_exempt_from_cost_and_depth()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxComplexity"] = "5",
            ["GraphQL:Limits:MaxDepth"] = "2",
        });

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync(IntrospectionQuery.Full));

        Assert.False(response.HasErrors, response.Body.GetRawText());
        Assert.True(response.Body.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 5);
    }

    [Fact]
    public async Task Aliases_over_the_limit_get_max_aliases()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxAliases"] = "2" });

        var two = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ a: hello b: hello }"));
        var three = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ a: hello b: hello c: hello }"));

        Assert.False(two.HasErrors);
        Assert.Equal("MAX_ALIASES", three.FirstErrorCode);
    }

    [Fact]
    public async Task Root_fields_over_the_limit_get_max_root_fields()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxRootFields"] = "2" });

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello echo(text: \"x\") __typename }"));

        Assert.Equal("MAX_ROOT_FIELDS", response.FirstErrorCode);
    }

    private static string Body(string query, string variables)
        => $"{{\"query\":{System.Text.Json.JsonSerializer.Serialize(query)},\"variables\":{variables}}}";
}
