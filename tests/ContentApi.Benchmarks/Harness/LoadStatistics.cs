namespace ContentApi.Benchmarks.Harness;

/// <summary>
/// Medians over the timed rounds of one (corpus, scenario, arm, connections) cell, and the best round's
/// requests/s: on a shared machine the best round is the one least disturbed by other work.
/// </summary>
internal sealed record LoadCell(double RequestsPerSecond, double P50Ms, double P99Ms, int Rounds, double BestRequestsPerSecond)
{
    public static LoadCell? Of(LoadResults results, int articles, string scenario, string arm, int connections)
    {
        var runs = results.Measurements
            .Where(m => m.Articles == articles && m.Scenario == scenario && m.Arm == arm && m.Connections == connections)
            .Select(m => m.Result)
            .Where(r => r.Requests > 0)
            .ToList();
        return runs.Count == 0
            ? null
            : new LoadCell(Median(runs.Select(r => r.RequestsPerSecond)), Median(runs.Select(r => r.P50Us / 1000.0)), Median(runs.Select(r => r.P99Us / 1000.0)), runs.Count,
                runs.Max(r => r.RequestsPerSecond));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
