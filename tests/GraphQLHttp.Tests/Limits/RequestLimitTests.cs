using System.Text;
using Microsoft.Extensions.DependencyInjection;

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
}
