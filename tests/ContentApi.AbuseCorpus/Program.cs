using System.Diagnostics;
using ContentApi.AbuseCorpus.Corpus;
using ContentApi.AbuseCorpus.Running;

// The abuse corpus: thousands of seeded malformed and hostile requests against a running ContentApi, checked for
// status, time, leaks and error codes, with normal latency and CPU compared before and after. Ends with
// "N passed, N failed" on its own line, like every CI step.
if (CorpusOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(CorpusOptions.Usage);
    return 2;
}

var clock = Stopwatch.StartNew();
using var pool = new ClientPool(options.BaseUrl);
var (facts, factsProblem) = await FactsProbe.FetchAsync(pool.Http(0), options.CursorSigningKey);
var cases = CorpusGenerator.Generate(options.Seed, facts).Where(options.Selects).ToList();
Console.WriteLine($"abuse corpus: seed {options.Seed}, {cases.Count} requests against {options.BaseUrl}, budget {options.BudgetMs} ms, slow clients {options.SlowClientMs} ms");
if (factsProblem is not null)
{
    Console.WriteLine("note: " + factsProblem);
}

var checks = new List<(string Name, bool Passed, string Detail)>();
var (before, beforeProblem) = await LatencyProbe.MeasureAsync(pool.Http(0));
var results = await new CorpusRunner(options, pool).RunAsync(cases);
var (after, afterProblem) = await LatencyProbe.MeasureAsync(pool.Http(0));
var limit = before * options.LatencyFactor + options.LatencySlackMs;
checks.Add(("normal latency unchanged", before is not null && after is not null && after <= limit,
    beforeProblem ?? afterProblem ?? $"example query p50 {before:0.0} ms before, {after:0.0} ms after (limit {limit:0.0} ms)"));
if (options.ServerPid is { } pid)
{
    var (idle, detail) = await CpuProbe.WaitForIdleAsync(pid, TimeSpan.FromSeconds(10), 0.10);
    checks.Add(("server CPU back to idle", idle, detail));
}

CorpusReport.PrintTable(results);
CorpusReport.PrintFailures(results, options.Examples);
if (options.ResultsPath is { } resultsPath)
{
    await CorpusReport.WriteResultsAsync(resultsPath, results);
}

Console.WriteLine();
foreach (var (name, passed, detail) in checks)
{
    Console.WriteLine($"{(passed ? "ok    " : "FAILED")} {name}: {detail}");
}

var passedCount = results.Count(r => r.Passed) + checks.Count(c => c.Passed);
var failedCount = results.Count(r => !r.Passed) + checks.Count(c => !c.Passed);
Console.WriteLine($"run time {clock.Elapsed.TotalSeconds:0.0} s");
Console.WriteLine($"{passedCount} passed, {failedCount} failed");
return failedCount == 0 ? 0 : 1;
