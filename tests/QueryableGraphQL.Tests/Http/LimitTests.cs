using Microsoft.Extensions.DependencyInjection;

using System.Text;

namespace QueryableGraphQL.Tests.Http;

public sealed class LimitTests
{
    private const string AcceptedByDefaultCost =
        "{ articles(first: 10) { nodes { title topics { name } quotes { text source { name } } } } }";

    private const string RejectedByDefaultCost =
        "{ articles(first: 50) { nodes { topics { articles(first: 50) { nodes { quotes { text } } } } } } }";

    [Fact]
    public async Task Body_over_the_limit_gets_413()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxRequestBodyBytes"] = "100" });

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello " + new string(' ', 200) + "}"));

        Assert.Equal(413, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
    }

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

    [Fact]
    public async Task Execution_over_the_timeout_is_cancelled_with_timeout()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:ExecutionTimeoutSeconds"] = "0.5" });
        await host.PostQueryAsync("{ hello }"); // initializes the schema, which the timeout would otherwise include

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ slow(ms: 10000) }"));

        Assert.Equal(200, response.Status);
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
        Assert.True(await host.Services.GetRequiredService<CancellationProbe>().Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Client_disconnect_cancels_the_resolvers()
    {
        await using var host = await TestGraphQLHost.StartAsync();
        using var disconnect = new CancellationTokenSource();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ slow(ms: 10000) }\"}", Encoding.UTF8, "application/json") };

        var sending = host.Client.SendAsync(request, disconnect.Token);
        await Task.Delay(200);
        disconnect.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.True(await host.Services.GetRequiredService<CancellationProbe>().Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Requests_over_the_rate_limit_get_429_with_retry_after()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:RequestsPerWindow"] = "2",
            ["GraphQL:Limits:RateLimitWindowSeconds"] = "60",
        });

        await host.PostQueryAsync("{ hello }");
        await host.PostQueryAsync("{ hello }");
        var limited = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello }"));

        Assert.Equal(429, limited.Status);
        Assert.Equal("RATE_LIMITED", limited.FirstErrorCode);
        Assert.InRange(int.Parse(limited.Message.Headers.GetValues("Retry-After").Single()), 1, 60);
    }

    [Fact]
    public async Task Cors_allows_only_configured_origins()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Cors:Origins:0"] = "https://app.example" });

        var allowed = await Preflight(host, "https://app.example");
        var refused = await Preflight(host, "https://evil.example");

        Assert.Equal("https://app.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static Task<HttpResponseMessage> Preflight(TestGraphQLHost host, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return host.Client.SendAsync(request);
    }

    private static string Body(string query, string variables)
        => $"{{\"query\":{System.Text.Json.JsonSerializer.Serialize(query)},\"variables\":{variables}}}";
}
