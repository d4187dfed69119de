namespace GraphQLHttp.Tests;

public sealed class ServerTimingTests
{
    [Fact]
    public async Task Server_timing_reports_statements_and_execution_when_enabled()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Http:ServerTiming"] = "true" });

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ sqlStatements }"));

        var timing = string.Join(",", response.Message.Headers.GetValues("Server-Timing"));
        Assert.Matches("^db;dur=[0-9]+\\.[0-9];desc=\"2 statements\", gql;dur=[0-9]+\\.[0-9]$", timing);
        Assert.Equal(2, response.Body.GetProperty("data").GetProperty("sqlStatements").GetInt32());
    }

    [Fact]
    public async Task Server_timing_is_off_by_default_outside_development()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello }"));

        Assert.False(response.Message.Headers.Contains("Server-Timing"));
    }

    [Fact]
    public async Task Server_timing_is_on_by_default_in_development()
    {
        await using var host = await TestGraphQLHost.StartAsync(environment: "Development");

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello }"));

        Assert.StartsWith("db;dur=", string.Join(",", response.Message.Headers.GetValues("Server-Timing")));
    }
}
