using System.Text;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TestSupport;

namespace GraphQLHttp.Tests;

/// <summary>Limits on the request: body size, execution time, disconnects, rate and origin.</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task Body_over_the_limit_gets_413()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxRequestBodyBytes"] = "100" });

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello " + new string(' ', 200) + "}"));

        Assert.Equal(413, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("application/json", 200)]
    [InlineData("application/graphql-response+json", 504)]
    public async Task Execution_over_the_timeout_is_cancelled_with_timeout(string accept, int expectedStatus)
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:ExecutionTimeoutSeconds"] = "0.5" });
        await host.PostQueryAsync("{ hello }"); // initializes the schema, which the timeout would otherwise include

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ slow(ms: 10000) }", accept));

        Assert.Equal(expectedStatus, response.Status);
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
        Assert.True(await host.Services.GetRequiredService<CancellationProbe>().Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Parsing_and_validation_run_under_the_same_budget_as_execution()
    {
        var log = new LogCapture();
        await using var host = await TestGraphQLHost.StartAsync(
            new Dictionary<string, string?> { ["GraphQL:Limits:ExecutionTimeoutSeconds"] = "0.05" },
            configure: builder =>
            {
                builder.Logging.AddProvider(log);
                builder.Services.AddSingleton<IConfigureExecution, SlowDocumentPreparation>();
            });
        await host.PostQueryAsync("{ hello }"); // initializes the schema, which the budget would otherwise include

        // Without a budget this document is answered by validation (150 undefined fragments): nothing of it executes.
        // Preparation is made slower than the budget, so only a budget that spans parsing and validation answers TIMEOUT.
        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync(
            "query { ...F0 ...F1 } fragment F0 on Query { " + string.Concat(Enumerable.Repeat("...x ", 150)) + "} fragment F1 on Query { hello }",
            "application/graphql-response+json"));

        Assert.Equal(504, response.Status);
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
        Assert.DoesNotContain(log.Entries, entry => entry.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Client_disconnect_cancels_the_resolvers()
    {
        await using var host = await TestGraphQLHost.StartAsync();
        using var disconnect = new CancellationTokenSource();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ slow(ms: 10000) }\"}", Encoding.UTF8, "application/json") };

        var probe = host.Services.GetRequiredService<CancellationProbe>();
        var sending = host.Client.SendAsync(request, disconnect.Token);
        // Disconnect only once the resolver runs: on a busy machine a fixed delay could cancel before it starts.
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        disconnect.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.True(await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Requests_over_the_rate_limit_get_429_with_retry_after_per_client()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:RequestsPerWindow"] = "2",
            ["GraphQL:Limits:RateLimitWindowSeconds"] = "60",
            ["GraphQL:Limits:RateLimitBurst"] = "2",
        });

        await host.PostHelloFromAsync("10.0.0.1");
        await host.PostHelloFromAsync("10.0.0.1");
        var limited = await host.PostHelloFromAsync("10.0.0.1");
        var otherClient = await host.PostHelloFromAsync("10.0.0.2");
        var inProcess = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello }"));

        Assert.Equal(429, limited.Response.StatusCode);
        Assert.InRange(int.Parse(limited.Response.Headers.RetryAfter.ToString()), 1, 60);
        Assert.Contains("RATE_LIMITED", await new StreamReader(limited.Response.Body).ReadToEndAsync());
        Assert.Equal(200, otherClient.Response.StatusCode);
        Assert.Equal(200, inProcess.Status);
    }

    [Fact]
    public async Task The_limiter_keys_on_the_forwarded_client_only_behind_a_trusted_proxy()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:RequestsPerWindow"] = "1",
            ["GraphQL:Limits:RateLimitBurst"] = "1",
            ["GraphQL:ForwardedHeaders:KnownProxies:0"] = "10.0.0.1",
        });

        var readerA = await host.PostHelloFromAsync("10.0.0.1", "203.0.113.5");
        var readerB = await host.PostHelloFromAsync("10.0.0.1", "203.0.113.6");
        var readerAAgain = await host.PostHelloFromAsync("10.0.0.1", "203.0.113.5");
        var untrusted = await host.PostHelloFromAsync("10.0.0.9", "203.0.113.7");
        var untrustedSpoofing = await host.PostHelloFromAsync("10.0.0.9", "203.0.113.8");

        Assert.Equal(200, readerA.Response.StatusCode);
        Assert.Equal(200, readerB.Response.StatusCode);
        Assert.Equal(429, readerAAgain.Response.StatusCode);
        Assert.Equal(200, untrusted.Response.StatusCode);
        Assert.Equal(429, untrustedSpoofing.Response.StatusCode);
    }

    [Fact]
    public async Task Default_limits_let_a_burst_of_a_hundred_requests_through()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var statuses = new List<int>();
        for (var i = 0; i < 100; i++)
        {
            statuses.Add((await host.PostHelloFromAsync("10.0.0.1")).Response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(200, status));
    }

    [Fact]
    public async Task Cacheable_responses_vary_by_origin_when_cors_is_configured()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Cors:Origins:0"] = "https://app.example" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bhello%7D");
        request.Headers.Add("Origin", "https://app.example");

        var response = await host.Client.SendAsync(request);

        Assert.Equal("https://app.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.Contains("Accept", response.Headers.Vary);
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

    /// <summary>Runs before the document is parsed and validated and takes longer than the test's budget.</summary>
    private sealed class SlowDocumentPreparation : IConfigureExecution
    {
        public float SortOrder => 0;

        public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            return await next(options);
        }
    }
}
