using Microsoft.Extensions.Logging;

namespace GraphQLHttp.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Each_request_logs_one_structured_line_with_operation_duration_statements_and_cost()
    {
        var sink = new CapturingLoggerProvider();
        await using var host = await TestGraphQLHost.StartAsync(configure: builder => builder.Logging.AddProvider(sink));

        await host.PostQueryAsync("query Titles { articles(first: 2) { nodes { title } } sqlStatements }");

        var entry = Assert.Single(sink.Entries, e => e.Category == "GraphQLHttp.GraphQLHttpMiddleware");
        Assert.Equal("Titles", entry.State["OperationName"]);
        Assert.Equal(200, entry.State["StatusCode"]);
        Assert.Equal(2, entry.State["SqlStatements"]);
        Assert.Equal(5.0, entry.State["Cost"]); // articles 1 + nodes 1 + 2 titles + sqlStatements 1
        Assert.IsType<double>(entry.State["ElapsedMs"]);
    }
}
