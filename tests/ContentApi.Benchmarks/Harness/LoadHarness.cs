using System.Diagnostics;
using System.Text.Json;
using ContentApi.Benchmarks.Baseline;

namespace ContentApi.Benchmarks.Harness;

/// <summary>
/// Arm A (the API) against arm B (hand-written endpoints) on each corpus size: first every scenario's answers are
/// compared, then wrk loads one arm at a time, arms and scenarios interleaved round by round.
/// </summary>
internal static class LoadHarness
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        var layout = RepositoryLayout.Find();
        var reportFrom = options.ReportFrom is { } path ? Path.GetFullPath(path) : null;
        // WebApplicationFactory, which builds the corpus, reads MvcTestingAppManifest.json from the working directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        if (reportFrom is { } saved)
        {
            var loaded = JsonSerializer.Deserialize<LoadResults>(await File.ReadAllTextAsync(saved))!;
            LoadReport.Write(layout, loaded);
            ScalingChart.Write(layout.ChartPng, loaded);
            Console.WriteLine(LoadReport.Summary(loaded));
            return 0;
        }

        var started = DateTime.UtcNow;
        var output = Path.Combine(layout.Artifacts, "load", started.ToString("yyyyMMdd-HHmmss"));
        Directory.CreateDirectory(output);
        var results = new LoadResults
        {
            Commit = RunEnvironment.Commit(layout.Root),
            StartedUtc = started,
            Machine = RunEnvironment.Machine(),
            Command = "bash tests/ContentApi.Benchmarks/load/run.sh " + string.Join(' ', Environment.GetCommandLineArgs().Skip(2)),
            Options = options,
        };
        var checks = new CheckCounter();
        var wrk = new WrkRunner(layout.LuaScript, output);
        var cursors = new KeysetCursor(LoadServers.CursorSigningKey);

        foreach (var size in options.Sizes)
        {
            var corpus = await EnsureCorpus(size, results, cursors);
            if (options.CorpusOnly)
            {
                continue;
            }

            await using var servers = await LoadServers.StartAsync(layout, corpus, output);
            if (!await EqualityCheck.RunAsync(servers, options.SelectedScenarios, corpus, results, checks))
            {
                Console.WriteLine($"// {size}: the arms disagree; no timing on this corpus.");
                continue;
            }

            var plan = new LoadPlan(options, wrk, servers, corpus, results, checks);
            await plan.RunAsync(size == options.HeadlineSize);
            results.Memory.Add(new MemorySample(size, Arms.Api, servers.Api.ResidentBytes()));
            results.Memory.Add(new MemorySample(size, Arms.Baseline, servers.Baseline.ResidentBytes()));
            results.LoadAverages.Add($"{size}: {RunEnvironment.LoadAverage()}");
            if (options.Profile is { } profiled && size == options.HeadlineSize)
            {
                await Profiler.RunAsync(layout, servers, corpus, Scenarios.All.Single(s => s.Name == profiled), wrk, output);
            }
        }

        results.FinishedUtc = DateTime.UtcNow;
        var json = Path.Combine(output, "results.json");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"// Results: {json}");
        if (options.WriteReport && checks.Failed == 0)
        {
            LoadReport.Write(layout, results);
            ScalingChart.Write(layout.ChartPng, results);
            Console.WriteLine($"// Wrote {layout.BenchmarksMarkdown} and {layout.ChartPng}");
        }

        Console.WriteLine(LoadReport.Summary(results));
        Console.WriteLine($"{checks.Passed} passed, {checks.Failed} failed");
        return checks.Failed == 0 ? 0 : 1;
    }

    private static async Task<CorpusFacts> EnsureCorpus(int size, LoadResults results, KeysetCursor cursors)
    {
        await WaitForOtherBuildAsync(size);
        var cached = File.Exists(CorpusDatabase.PathFor(size));
        var stopwatch = Stopwatch.StartNew();
        var path = CorpusDatabase.Ensure(size);
        results.Corpora.Add(new CorpusBuild(size, cached, stopwatch.Elapsed.TotalSeconds, new FileInfo(path).Length));
        Console.WriteLine($"// Corpus {size}: {path} ({(cached ? "cached" : $"built in {stopwatch.Elapsed.TotalSeconds:0.0} s")})");
        return CorpusFactsReader.Read(size, path, cursors);
    }

    /// <summary>
    /// A build of the same corpus by another harness process (<c>--corpus-only</c> started earlier) is waited for:
    /// building it again would delete that one's file.
    /// </summary>
    private static async Task WaitForOtherBuildAsync(int size)
    {
        bool OtherBuildRunning() => Directory.Exists(CorpusDatabase.Folder) && Directory
            .EnumerateFiles(CorpusDatabase.Folder, $"content-{size}-*.building")
            .Select(file => int.TryParse(Path.GetExtension(Path.GetFileNameWithoutExtension(file)).TrimStart('.'), out var pid) ? pid : 0)
            .Any(pid => pid != Environment.ProcessId && File.Exists($"/proc/{pid}/status"));
        while (OtherBuildRunning())
        {
            Console.WriteLine($"// Waiting for another process to finish building the {size}-article corpus");
            await Task.Delay(TimeSpan.FromSeconds(30));
        }
    }
}
