namespace ContentApi.Benchmarks.Load;

/// <summary>Medians over the timed rounds of one (corpus, scenario, arm, connections) cell.</summary>
internal sealed record LoadCell(double RequestsPerSecond, double P50Ms, double P99Ms, int Rounds)
{
    public static LoadCell? Of(LoadResults results, int articles, string scenario, string arm, int connections)
    {
        var runs = results.Measurements
            .Where(m => m.Articles == articles && m.Scenario == scenario && m.Arm == arm && m.Connections == connections)
            .Select(m => m.Result)
            .ToList();
        return runs.Count == 0
            ? null
            : new LoadCell(Median(runs.Select(r => r.RequestsPerSecond)), Median(runs.Select(r => r.P50Us / 1000.0)), Median(runs.Select(r => r.P99Us / 1000.0)), runs.Count);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
