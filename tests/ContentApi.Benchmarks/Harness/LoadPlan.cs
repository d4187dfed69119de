namespace ContentApi.Benchmarks.Harness;

/// <summary>
/// The timed part on one corpus. Every (scenario, arm) gets a discarded warm-up first; then each round runs
/// every scenario at every concurrency on both arms, the arm that goes first alternating by round, so drift in
/// the machine's load hits both arms alike. The headline corpus runs the full matrix; the other sizes run the
/// scaling scenarios at one connection.
/// </summary>
internal sealed class LoadPlan(
    LoadOptions options, WrkRunner wrk, LoadServers servers, CorpusFacts corpus, LoadResults results, CheckCounter checks)
{
    public async Task RunAsync(bool headline)
    {
        var scenarios = headline ? options.SelectedScenarios : [.. options.SelectedScenarios.Where(s => s.Scales)];
        var concurrency = headline ? options.Concurrency : [1];
        var seconds = headline ? options.Seconds : options.ScalingSeconds;
        foreach (var scenario in scenarios)
        {
            foreach (var arm in new[] { Arms.Api, Arms.Baseline })
            {
                await RunAsync(scenario, arm, concurrency.Max(), options.WarmupSeconds);
            }
        }

        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var scenario in scenarios)
            {
                foreach (var connections in concurrency)
                {
                    var arms = round % 2 == 1 ? new[] { Arms.Api, Arms.Baseline } : [Arms.Baseline, Arms.Api];
                    foreach (var arm in arms)
                    {
                        var result = await RunAsync(scenario, arm, connections, SecondsFor(scenario, seconds));
                        if (options.Quick && result is { Requests: 0, Errors: 0 })
                        {
                            // On a loaded machine 16 connections can keep every answer past a one-second window:
                            // nothing failed, nothing was counted. A longer run tells a stall from a server that does not answer.
                            Console.WriteLine($"// {corpus.Articles} {scenario.Name} {arm} c={connections}: no answer within {SecondsFor(scenario, seconds)} s, running {QuickRetrySeconds} s");
                            result = await RunAsync(scenario, arm, connections, QuickRetrySeconds);
                        }

                        results.Measurements.Add(new Measurement(corpus.Articles, scenario.Name, arm, connections, round, result));
                        Console.WriteLine(
                            $"// {corpus.Articles} {scenario.Name,-8} {arm} c={connections,-2} round {round}: {result.RequestsPerSecond,9:0.0} req/s, "
                            + $"p50 {result.P50Us / 1000.0:0.00} ms, p99 {result.P99Us / 1000.0:0.00} ms, {result.Errors} errors");
                        // In quick mode (CI) a run must get answers without errors; timings are never checked.
                        if (options.Quick)
                        {
                            checks.Check(result.Requests > 0 && result.Errors == 0,
                                $"{corpus.Articles} articles, {scenario.Name}, arm {arm}, {connections} connection(s): {result.Requests} requests, {result.Errors} errors");
                        }
                    }
                }
            }
        }
    }

    private const int QuickRetrySeconds = 5;

    /// <summary>Long enough for at least five requests one after another, so a slow page still gets a p50.</summary>
    private int SecondsFor(Scenario scenario, int seconds)
    {
        var probe = results.Probes.Single(p => p.Articles == corpus.Articles && p.Scenario == scenario.Name);
        return Math.Max(seconds, Math.Min(60, (int)Math.Ceiling(5 * Math.Max(probe.ApiWarmMs, probe.BaselineWarmMs) / 1000)));
    }

    private Task<WrkResult> RunAsync(Scenario scenario, string arm, int connections, int seconds) => arm == Arms.Api
        ? wrk.RunAsync(servers.Api.BaseAddress + "/graphql", "POST", ArmClient.GraphQLBody(scenario, corpus), connections, seconds)
        : wrk.RunAsync(servers.Baseline.BaseAddress + scenario.BaselinePath(corpus), "GET", null, connections, seconds);
}
