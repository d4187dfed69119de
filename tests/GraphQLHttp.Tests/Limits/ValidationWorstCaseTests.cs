using System.Diagnostics;
using Xunit.Abstractions;

namespace GraphQLHttp.Tests;

/// <summary>
/// Each worst case within the default document limits gets past them to validation and is answered without a
/// server error. The time it took, and its ratio to the full introspection query timed in the same run, are written
/// to the test output (run with <c>--logger "console;verbosity=detailed"</c>) and recorded in the library's README;
/// they are deliberately not asserted.
/// </summary>
public sealed class ValidationWorstCaseTests(ITestOutputHelper output)
{
    private const int Runs = 5;

    // What validation answers; the codes of the limits checked before validation must not appear.
    private static readonly string?[] ValidationOutcomes = [null, "GRAPHQL_VALIDATION_FAILED", "MAX_ALIASES", "MAX_ROOT_FIELDS", "MAX_DEPTH", "COMPLEXITY"];

    public static TheoryData<string, string> Cases => WorstCaseDocuments.All;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Worst_case_within_the_limits_reaches_validation_without_a_server_error(string name, string query)
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxAliases"] = "30" });
        await host.PostQueryAsync("{ hello }");

        var (baseline, _) = await MedianAsync(host, IntrospectionQuery.Full);
        var (median, response) = await MedianAsync(host, query);

        Assert.Equal(200, response.Status);
        Assert.True(ValidationOutcomes.Contains(response.FirstErrorCode), response.FirstErrorCode);
        output.WriteLine($"{name}: median {median:0.0} ms, {median / baseline:0.0}x the full introspection query ({baseline:0.0} ms); "
            + $"{query.Length} characters, answer {response.FirstErrorCode ?? "data"}");
    }

    private static async Task<(double MedianMs, GraphQLResponse Last)> MedianAsync(TestGraphQLHost host, string query)
    {
        var timings = new List<double>();
        GraphQLResponse? response = null;
        for (var run = 0; run < Runs; run++)
        {
            // A new text each time, so the document cache cannot answer from an earlier run.
            var started = Stopwatch.GetTimestamp();
            response = await GraphQLResponse.ReadAsync(host.PostQueryAsync(query + new string(' ', run + 1)));
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        timings.Sort();
        return (timings[Runs / 2], response!);
    }
}
