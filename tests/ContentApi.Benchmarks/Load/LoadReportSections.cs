using System.Text;
using static ContentApi.Benchmarks.Load.LoadReport;

namespace ContentApi.Benchmarks.Load;

/// <summary>The generated sections of BENCHMARKS.md: conditions, A/B under load, scaling, targets.</summary>
internal static class LoadReportSections
{
    public static void Run(StringBuilder md, LoadResults results)
    {
        var o = results.Options;
        md.AppendLine("### Run (generated)");
        md.AppendLine();
        md.AppendLine("| | |");
        md.AppendLine("|---|---|");
        md.AppendLine($"| Commit | `{results.Commit}` |");
        md.AppendLine($"| Date | {results.StartedUtc:yyyy-MM-dd HH:mm}–{results.FinishedUtc:HH:mm} UTC |");
        md.AppendLine($"| Machine | {results.Machine} |");
        md.AppendLine($"| Load average after each corpus (1, 5, 15 min) | {string.Join("; ", results.LoadAverages)} |");
        md.AppendLine($"| Command | `{results.Command.Trim()}` |");
        md.AppendLine($"| Timed runs | wrk, {o.Rounds} rounds of {o.Seconds} s per scenario, arm and concurrency on the {o.HeadlineSize:N0}-article corpus; {o.ScalingSeconds} s at 1 connection on the other sizes; a {o.WarmupSeconds} s warm-up per scenario and arm, discarded. Medians of the rounds. |");
        md.AppendLine("| Corpora | " + string.Join("; ", results.Corpora.Select(c =>
            $"{c.Articles:N0}: {c.FileBytes / 1048576.0:0} MB, {(c.Cached ? "cached" : $"built in {c.Seconds:0.0} s")}")) + " |");
        md.AppendLine();
    }

    public static void ArmsUnderLoad(StringBuilder md, LoadResults results)
    {
        var size = results.Options.HeadlineSize;
        md.AppendLine($"### A/B under load, {size:N0} articles (generated)");
        md.AppendLine();
        foreach (var connections in results.Options.Concurrency)
        {
            md.AppendLine($"**{connections} connection{(connections == 1 ? "" : "s")}** (medians of {results.Options.Rounds} rounds)");
            md.AppendLine();
            md.AppendLine("| Scenario | A req/s | B req/s | **A/B** | A p50 ms | B p50 ms | A p99 ms | B p99 ms |");
            md.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|");
            foreach (var scenario in Scenarios.All)
            {
                var a = LoadCell.Of(results, size, scenario.Name, Arms.Api, connections);
                var b = LoadCell.Of(results, size, scenario.Name, Arms.Baseline, connections);
                md.AppendLine($"| {scenario.Name} | {Format(a?.RequestsPerSecond, "0")} | {Format(b?.RequestsPerSecond, "0")} | **{Format(Ratio(results, scenario.Name, connections))}** | "
                    + $"{Format(a?.P50Ms)} | {Format(b?.P50Ms)} | {Format(a?.P99Ms)} | {Format(b?.P99Ms)} |");
            }

            md.AppendLine();
        }

        md.AppendLine("| Scenario | What it asks | SQL statements A / B | Response bytes A (whole body) / B |");
        md.AppendLine("|---|---|--:|--:|");
        foreach (var scenario in Scenarios.All)
        {
            var probe = results.Probes.FirstOrDefault(p => p.Articles == size && p.Scenario == scenario.Name);
            md.AppendLine($"| {scenario.Name} | {scenario.Description} | {probe?.ApiStatements} / {probe?.BaselineStatements} | {probe?.ApiBytes:N0} / {probe?.BaselineBytes:N0} |");
        }

        md.AppendLine();
    }

    public static void Scaling(StringBuilder md, LoadResults results)
    {
        var sizes = results.Options.Sizes;
        var header = "| " + string.Join(" | ", sizes.Select(s => s.ToString("N0"))) + " |";
        var rule = string.Concat(sizes.Select(_ => "--:|"));
        md.AppendLine("### Scaling (generated)");
        md.AppendLine();
        md.AppendLine("p50 in ms at 1 connection:");
        md.AppendLine();
        md.AppendLine("| Scenario | Arm " + header);
        md.AppendLine("|---|---|" + rule);
        foreach (var scenario in Scenarios.All.Where(s => s.Scales))
        {
            foreach (var arm in new[] { Arms.Api, Arms.Baseline })
            {
                md.AppendLine($"| {scenario.Name} | {arm} | " + string.Join(" | ", sizes.Select(s => Format(LoadCell.Of(results, s, scenario.Name, arm, 1)?.P50Ms))) + " |");
            }
        }

        md.AppendLine("| deep ÷ front p50 | A | " + string.Join(" | ", sizes.Select(s => Format(DeepOverFront(results, s, Arms.Api)))) + " |");
        md.AppendLine("| deep ÷ front p50 | B | " + string.Join(" | ", sizes.Select(s => Format(DeepOverFront(results, s, Arms.Baseline)))) + " |");
        md.AppendLine();
        md.AppendLine("SQL statements per request (A / B) and process memory (VmRSS) after the corpus's runs:");
        md.AppendLine();
        md.AppendLine("| | " + header);
        md.AppendLine("|---|" + rule);
        foreach (var scenario in Scenarios.All)
        {
            md.AppendLine($"| {scenario.Name} | " + string.Join(" | ", sizes.Select(s =>
                results.Probes.FirstOrDefault(p => p.Articles == s && p.Scenario == scenario.Name) is { } p ? $"{p.ApiStatements} / {p.BaselineStatements}" : "–")) + " |");
        }

        foreach (var arm in new[] { Arms.Api, Arms.Baseline })
        {
            md.AppendLine($"| memory {arm}, MB | " + string.Join(" | ", sizes.Select(s =>
                results.Memory.FirstOrDefault(m => m.Articles == s && m.Arm == arm) is { } m ? (m.ResidentBytes / 1048576.0).ToString("0") : "–")) + " |");
        }

        md.AppendLine();
        md.AppendLine("![p50 against corpus size](benchmarks-scaling.png)");
        md.AppendLine();
    }

    public static void Targets(StringBuilder md, LoadResults results)
    {
        md.AppendLine("### Targets (generated)");
        md.AppendLine();
        foreach (var (connections, target) in new[] { (16, 0.7), (1, 0.5) })
        {
            var misses = Scenarios.All.Where(s => Ratio(results, s.Name, connections) is not { } r || r < target).Select(s => $"{s.Name} {Format(Ratio(results, s.Name, connections))}").ToList();
            md.AppendLine($"- A/B ≥ {target} at {connections} connection(s): {(misses.Count == 0 ? "**met** on every scenario" : "**missed** on " + string.Join(", ", misses))}.");
        }

        var deep = results.Options.Sizes.Select(s => (Size: s, Ratio: DeepOverFront(results, s, Arms.Api))).ToList();
        var deepMisses = deep.Where(d => d.Ratio is not { } r || r > 1.5).ToList();
        md.AppendLine($"- Deep page within 1.5× page 1 (arm A p50) at every size: {(deepMisses.Count == 0 ? "**met**" : "**missed** at " + string.Join(", ", deepMisses.Select(d => $"{d.Size:N0} ({Format(d.Ratio)})")))}"
            + $" ({string.Join(", ", deep.Select(d => Format(d.Ratio)))}).");
        var varying = Scenarios.All.Where(s => results.Probes.Where(p => p.Scenario == s.Name).Select(p => p.ApiStatements).Distinct().Count() > 1).Select(s => s.Name).ToList();
        md.AppendLine($"- SQL statements per request the same at every size (arm A): {(varying.Count == 0 ? "**met**" : "**missed** on " + string.Join(", ", varying))}.");
        md.AppendLine();
    }

    public static double? DeepOverFront(LoadResults results, int size, string arm) =>
        LoadCell.Of(results, size, "deep", arm, 1) is { } deep && LoadCell.Of(results, size, "front", arm, 1) is { } front ? deep.P50Ms / front.P50Ms : null;
}
