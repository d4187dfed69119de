namespace ContentApi.Benchmarks.Harness;

/// <summary>Before any timing: each scenario's arm-A <c>data</c> must equal arm B's answer.</summary>
internal static class EqualityCheck
{
    public static async Task<bool> RunAsync(LoadServers servers, IReadOnlyList<Scenario> scenarios, CorpusFacts corpus, LoadResults results, CheckCounter checks)
    {
        using var api = new HttpClient { BaseAddress = new Uri(servers.Api.BaseAddress), Timeout = TimeSpan.FromMinutes(2) };
        using var baseline = new HttpClient { BaseAddress = new Uri(servers.Baseline.BaseAddress), Timeout = TimeSpan.FromMinutes(2) };
        var allEqual = true;
        foreach (var scenario in scenarios)
        {
            var a = await AnswerAsync(() => ArmClient.ApiAsync(api, scenario, corpus));
            var b = await AnswerAsync(() => ArmClient.BaselineAsync(baseline, scenario, corpus));
            var difference = Difference(a, b);
            var apiMs = difference is null ? await WarmMsAsync(() => ArmClient.ApiAsync(api, scenario, corpus)) : 0;
            var baselineMs = difference is null ? await WarmMsAsync(() => ArmClient.BaselineAsync(baseline, scenario, corpus)) : 0;
            results.Probes.Add(new EqualityProbe(corpus.Articles, scenario.Name, a.Bytes, b.Bytes, a.Statements, b.Statements, difference, apiMs, baselineMs));
            allEqual &= checks.Check(difference is null,
                $"{corpus.Articles} articles, {scenario.Name}: arm A data == arm B ({a.Bytes} / {b.Bytes} bytes, {a.Statements} / {b.Statements} statements)"
                + (difference is null ? "" : $": {difference}"));
        }

        return allEqual;
    }

    /// <summary>An arm that does not answer within the client's timeout fails the check instead of ending the run.</summary>
    private static async Task<ArmResponse> AnswerAsync(Func<Task<ArmResponse>> request)
    {
        try
        {
            return await request();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return new ArmResponse(0, null, exception.Message, 0, null);
        }
    }

    private static async Task<double> WarmMsAsync(Func<Task<ArmResponse>> request)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await AnswerAsync(request);
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
