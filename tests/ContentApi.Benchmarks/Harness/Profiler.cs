using System.Diagnostics;

namespace ContentApi.Benchmarks.Harness;

/// <summary>
/// Where the time and the bytes go for one scenario on arm A: dotnet-counters (CPU, GC, allocation rate) and a
/// dotnet-trace of thread samples and allocation ticks while wrk loads it at 16 connections, both tools pinned in
/// .config/dotnet-tools.json. <c>Profiling/summarize.cs</c> reads the trace into a table by request stage, written
/// beside it as text.
/// </summary>
internal static class Profiler
{
    public static async Task RunAsync(RepositoryLayout layout, LoadServers servers, CorpusFacts corpus, Scenario scenario, WrkRunner wrk, string output)
    {
        var pid = servers.Api.ProcessId.ToString();
        var prefix = Path.Combine(output, $"profile-{scenario.Name}");
        var body = ArmClient.GraphQLBody(scenario, corpus);
        var load = wrk.RunAsync(servers.Api.BaseAddress + "/graphql", "POST", body, 16, 60);
        await Task.Delay(TimeSpan.FromSeconds(5));
        // Both tools at once, well inside the load: one after the other, the second started after the load ended
        // on the busy machine (tool start-up alone took seconds), and sampled idle threads.
        await Task.WhenAll(
            Tool(layout, "dotnet-counters", "collect", "--process-id", pid, "--format", "csv", "--output", prefix + "-counters.csv",
                "--duration", "00:00:20", "--counters", "System.Runtime,Microsoft.AspNetCore.Hosting"),
            // The hosting provider's request events give the summary its request count.
            Tool(layout, "dotnet-trace", "collect", "--process-id", pid, "--profile", "dotnet-sampled-thread-time,gc-verbose",
                "--providers", "Microsoft.AspNetCore.Hosting", "--duration", "00:00:20", "--output", prefix + ".nettrace"));
        var result = await load;
        Console.WriteLine($"// Profiled {scenario.Name} under {result.RequestsPerSecond:0.0} req/s: {prefix}.*");
        var summarizer = Path.Combine(layout.Root, "tests", "ContentApi.Benchmarks", "Profiling", "summarize.cs");
        await File.WriteAllTextAsync(prefix + "-summary.txt", await Tool(layout, "run", summarizer, "--", prefix + ".nettrace"));
    }

    private static async Task<string> Tool(RepositoryLayout layout, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = layout.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await stdout + stderr;
    }
}
