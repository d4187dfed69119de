using System.Text.Json;
using Microsoft.Extensions.Logging;
using TestSupport;

namespace GraphQLHttp.Tests;

/// <summary>
/// A client's mistake is answered with a 4xx or a coded GraphQL error and leaves nothing at Error level in the log:
/// Error is for the server's own faults, which someone has to look at.
/// </summary>
public sealed class ClientMistakeLogTests
{
    public static TheoryData<string, string> Mistakes => new()
    {
        { "{ \"not a JSON", "INVALID_JSON" },
        { "{\"query\":0}", "BAD_REQUEST" },
        { Query("{ hello "), "GRAPHQL_PARSE_FAILED" },
        { Query("{ nope }"), "GRAPHQL_VALIDATION_FAILED" },
        { Query("query Q($n: Int) { articles(first: $n) { totalCount } }", "{\"n\":\"many\"}"), "GRAPHQL_VALIDATION_FAILED" },
        { Query("subscription { hello }"), "GRAPHQL_VALIDATION_FAILED" },
        { Query("{ echo(text: " + new string('[', 150) + "\"x\"" + new string(']', 150) + ") }"), "MAX_SYNTAX_DEPTH" },
        { Query("{ echo(text: {" + string.Concat(Enumerable.Repeat("a: {", 100)) + "b: 1" + new string('}', 101) + ") }"), "MAX_SYNTAX_DEPTH" },
        { Query(HostileDocuments.DoublingFragments(40)), "MAX_SPREAD_DEPTH" },
        { Query(HostileDocuments.IntrospectionCycle(10)), "MAX_INTROSPECTION_DEPTH" },
        { Query("{ hello }" + new string(' ', 20_000)), "QUERY_TOO_LONG" },
        { "{\"query\":\"query A { hello }\",\"operationName\":\"B\"}", "OPERATION_NOT_FOUND" },
        { "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('0', 64) + "\"}}}", "PERSISTED_QUERY_NOT_FOUND" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_client_mistake_gets_its_code_and_logs_nothing_at_error_level(string body, string code)
    {
        var log = new LogCapture();
        await using var host = await TestGraphQLHost.StartAsync(configure: builder => builder.Logging.AddProvider(log));

        var response = await GraphQLResponse.ReadAsync(host.PostJsonAsync(body, "application/graphql-response+json"));

        Assert.InRange(response.Status, 400, 499);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.DoesNotContain(log.Entries, entry => entry.Level >= LogLevel.Error);
        Assert.DoesNotContain("   at ", response.Body.GetRawText());
    }

    private static string Query(string query, string? variables = null)
        => variables is null
            ? JsonSerializer.Serialize(new { query })
            : $"{{\"query\":{JsonSerializer.Serialize(query)},\"variables\":{variables}}}";
}
