using ScottPlot;

namespace ContentApi.Benchmarks.Load;

/// <summary>
/// p50 at one connection against corpus size, both axes logarithmic (plotted as log10 with decade ticks):
/// one colour per scenario, solid for the API (arm A), dashed for the hand-written baseline (arm B).
/// </summary>
internal static class ScalingChart
{
    public static void Write(string path, LoadResults results)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var scenarios = Scenarios.All.Where(s => s.Scales).ToList();
        var allMs = new List<double>();
        for (var i = 0; i < scenarios.Count; i++)
        {
            foreach (var arm in new[] { Arms.Api, Arms.Baseline })
            {
                var points = results.Options.Sizes
                    .Select(size => (Size: size, Cell: LoadCell.Of(results, size, scenarios[i].Name, arm, 1)))
                    .Where(p => p.Cell is not null)
                    .ToList();
                if (points.Count == 0)
                {
                    continue;
                }

                allMs.AddRange(points.Select(p => p.Cell!.P50Ms));
                var line = plot.Add.Scatter(points.Select(p => Math.Log10(p.Size)).ToArray(), points.Select(p => Math.Log10(p.Cell!.P50Ms)).ToArray());
                line.Color = palette.GetColor(i);
                line.LineWidth = 2;
                line.MarkerSize = 7;
                line.LinePattern = arm == Arms.Api ? LinePattern.Solid : LinePattern.Dashed;
                line.LegendText = $"{scenarios[i].Name} ({(arm == Arms.Api ? "A: API" : "B: hand-written")})";
            }
        }

        var sizes = results.Options.Sizes;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. sizes.Select(s => Math.Log10(s))], [.. sizes.Select(s => s.ToString("N0"))]);
        var lowest = (int)Math.Floor(Math.Log10(allMs.DefaultIfEmpty(0.1).Min()));
        var highest = (int)Math.Ceiling(Math.Log10(allMs.DefaultIfEmpty(1000).Max()));
        var decades = Enumerable.Range(lowest, highest - lowest + 1).ToList();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. decades.Select(d => (double)d)], [.. decades.Select(d => Math.Pow(10, d).ToString(d < 0 ? "0.###" : "N0") + " ms")]);
        plot.Axes.SetLimits(Math.Log10(sizes.Min()) - 0.2, Math.Log10(sizes.Max()) + 0.2, lowest, highest);
        plot.Title($"p50 latency at 1 connection vs corpus size (log–log), {results.Commit}");
        plot.XLabel("synthetic articles");
        plot.YLabel("p50 latency");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1000, 640);
    }
}
