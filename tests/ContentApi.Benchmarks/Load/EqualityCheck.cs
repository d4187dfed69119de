namespace ContentApi.Benchmarks.Load;

/// <summary>Before any timing: each scenario's arm-A <c>data</c> must equal arm B's answer.</summary>
internal static class EqualityCheck
{
    public static async Task<bool> RunAsync(LoadServers servers, CorpusFacts corpus, LoadResults results, CheckCounter checks)
    {
        using var api = new HttpClient { BaseAddress = new Uri(servers.Api.BaseAddress), Timeout = TimeSpan.FromMinutes(2) };
        using var baseline = new HttpClient { BaseAddress = new Uri(servers.Baseline.BaseAddress), Timeout = TimeSpan.FromMinutes(2) };
        var allEqual = true;
        foreach (var scenario in Scenarios.All)
        {
            var a = await ArmClient.ApiAsync(api, scenario, corpus);
            var b = await ArmClient.BaselineAsync(baseline, scenario, corpus);
            var difference = Difference(a, b);
            var apiMs = await WarmMsAsync(() => ArmClient.ApiAsync(api, scenario, corpus));
            var baselineMs = await WarmMsAsync(() => ArmClient.BaselineAsync(baseline, scenario, corpus));
            results.Probes.Add(new EqualityProbe(corpus.Articles, scenario.Name, a.Bytes, b.Bytes, a.Statements, b.Statements, difference, apiMs, baselineMs));
            allEqual &= checks.Check(difference is null,
                $"{corpus.Articles} articles, {scenario.Name}: arm A data == arm B ({a.Bytes} / {b.Bytes} bytes, {a.Statements} / {b.Statements} statements)"
                + (difference is null ? "" : $": {difference}"));
        }

        return allEqual;
    }

    private static async Task<double> WarmMsAsync(Func<Task<ArmResponse>> request)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await request();
        return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static string? Difference(ArmResponse a, ArmResponse b)
    {
        if (a.Status != 200 || a.Json?["errors"] is not null || a.Json?["data"] is null)
        {
            return $"arm A answered {a.Status}: {ArmClient.Describe(a)}";
        }

        if (b.Status != 200 || b.Json is null)
        {
            return $"arm B answered {b.Status}: {ArmClient.Describe(b)}";
        }

        if (IsEmpty(a.Json["data"]!))
        {
            return "arm A's data holds no rows; the scenario would measure nothing";
        }

        return JsonEquality.FirstDifference(a.Json["data"], b.Json);
    }

    private static bool IsEmpty(System.Text.Json.Nodes.JsonNode data) =>
        data["articles"]?["nodes"] is System.Text.Json.Nodes.JsonArray { Count: 0 } || data is System.Text.Json.Nodes.JsonObject o && o.Any(p => p.Value is null);
}
