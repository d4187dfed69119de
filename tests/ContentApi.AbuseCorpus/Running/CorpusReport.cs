using System.Globalization;
using System.Text;
using ContentApi.AbuseCorpus.Corpus;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>Prints the per-category table, failures by kind, failing examples and the run-level checks.</summary>
internal static class CorpusReport
{
    public static void PrintTable(IReadOnlyList<CaseResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"category",-12} {"requests",9} {"passed",7} {"failed",7} {"max ms",8} {"p99 ms",8}");
        foreach (var category in Categories.All)
        {
            var rows = results.Where(r => r.Case.Category == category).ToList();
            if (rows.Count > 0)
            {
                PrintRow(category, rows);
            }
        }

        PrintRow("all", results);
    }

    public static void PrintFailures(IReadOnlyList<CaseResult> results, int examplesPerCategory)
    {
        var failed = results.Where(r => !r.Passed).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("failures by kind (failed/sent, first reason):");
        foreach (var kind in failed.GroupBy(r => (r.Case.Category, r.Case.Kind)).OrderBy(g => Categories.All.ToList().IndexOf(g.Key.Category)).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            var sent = results.Count(r => r.Case.Category == kind.Key.Category && r.Case.Kind == kind.Key.Kind);
            Console.WriteLine($"  {kind.Key.Category}/{kind.Key.Kind}: {kind.Count()}/{sent} - {ResponseChecker.Excerpt(kind.First().Failures[0], 160)}");
        }

        foreach (var category in Categories.All)
        {
            var examples = failed.Where(r => r.Case.Category == category).Take(examplesPerCategory).ToList();
            if (examples.Count == 0)
            {
                continue;
            }

            Console.WriteLine();
            Console.WriteLine($"failing examples, {category}:");
            foreach (var result in examples)
            {
                var observed = result.Observed;
                Console.WriteLine($"  {result.Case.Name}");
                Console.WriteLine($"    expected {result.Case.Expect}; got {(observed.Status?.ToString(CultureInfo.InvariantCulture) ?? "no response")} in {observed.ElapsedMs:0} ms");
                Console.WriteLine($"    {string.Join("; ", result.Failures.Select(f => ResponseChecker.Excerpt(f, 300)))}");
                if (observed.Body.Length > 0)
                {
                    Console.WriteLine($"    body: {ResponseChecker.Excerpt(observed.Body, 300)}");
                }
            }
        }
    }

    private static void PrintRow(string name, IReadOnlyList<CaseResult> rows)
    {
        var times = rows.Select(r => r.Observed.ElapsedMs).Order().ToList();
        var p99 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.99) - 1)];
        var passed = rows.Count(r => r.Passed);
        Console.WriteLine($"{name,-12} {rows.Count,9} {passed,7} {rows.Count - passed,7} {times[^1],8:0} {p99,8:0}");
    }

    /// <summary>One line per request: category, kind, detail, status, milliseconds, failures, body excerpt.</summary>
    public static async Task WriteResultsAsync(string path, IReadOnlyList<CaseResult> results)
    {
        static string Clean(string text) => ResponseChecker.Excerpt(text, 300).Replace('\t', ' ');
        var lines = results.Select(r => string.Join('\t', r.Case.Category, r.Case.Kind, Clean(r.Case.Detail),
            r.Observed.Status?.ToString(CultureInfo.InvariantCulture) ?? "-", r.Observed.ElapsedMs.ToString("0", CultureInfo.InvariantCulture),
            r.Passed ? "ok" : Clean(string.Join("; ", r.Failures)), Clean(r.Observed.Body)));
        // Bodies may echo half of a surrogate pair; replace it rather than fail to write the file.
        await File.WriteAllLinesAsync(path, ["category\tkind\tdetail\tstatus\tms\tresult\tbody", .. lines], new UTF8Encoding(false, false)).ConfigureAwait(false);
    }
}
