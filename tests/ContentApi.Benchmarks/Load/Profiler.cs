using System.Diagnostics;

namespace ContentApi.Benchmarks.Load;

/// <summary>
/// Where the time goes for one scenario on arm A: dotnet-counters (CPU, GC, allocation rate, requests) and a
/// dotnet-trace CPU sample while wrk loads it at 16 connections, both tools pinned in .config/dotnet-tools.json.
/// The trace's top methods (inclusive and exclusive) are written beside it as text.
/// </summary>
internal static class Profiler
{
    public static async Task RunAsync(RepositoryLayout layout, LoadServers servers, CorpusFacts corpus, Scenario scenario, WrkRunner wrk, string output)
    {
        var pid = servers.Api.ProcessId.ToString();
        var prefix = Path.Combine(output, $"profile-{scenario.Name}");
        var body = ArmClient.GraphQLBody(scenario, corpus);
        var load = wrk.RunAsync(servers.Api.BaseAddress + "/graphql", "POST", body, 16, 30);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var counters = Tool(layout, "dotnet-counters", "collect", "--process-id", pid, "--format", "csv", "--output", prefix + "-counters.csv",
            "--duration", "00:00:10", "--counters", "System.Runtime,Microsoft.AspNetCore.Hosting");
        await counters;
        await Tool(layout, "dotnet-trace", "collect", "--process-id", pid, "--profile", "dotnet-sampled-thread-time", "--duration", "00:00:08",
            "--output", prefix + ".nettrace");
        var result = await load;
        Console.WriteLine($"// Profiled {scenario.Name} under {result.RequestsPerSecond:0.0} req/s: {prefix}.*");
        await File.WriteAllTextAsync(prefix + "-top-inclusive.txt", await Tool(layout, "dotnet-trace", "report", prefix + ".nettrace", "topN", "-n", "40", "--inclusive"));
        await File.WriteAllTextAsync(prefix + "-top-exclusive.txt", await Tool(layout, "dotnet-trace", "report", prefix + ".nettrace", "topN", "-n", "40"));
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
