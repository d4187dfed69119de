using System.Text.Json.Serialization;

namespace ContentApi.Benchmarks.Harness;

/// <summary>
/// The harness's command line. <c>--quick</c>: every scenario briefly on 1,000 articles with the equality checks,
/// ending with <c>N passed, N failed</c> (CI). Otherwise the full run: the A/B matrix on the headline corpus and
/// the scaling curves on every size, written into BENCHMARKS.md and the chart.
/// </summary>
internal sealed record LoadOptions
{
    public bool Quick { get; init; }
    public IReadOnlyList<int> Sizes { get; init; } = [1_000, 10_000, 100_000, 1_000_000];
    public int HeadlineSize { get; init; } = 100_000;
    public int Rounds { get; init; } = 3;
    public int Seconds { get; init; } = 5;
    public int ScalingSeconds { get; init; } = 4;
    public int WarmupSeconds { get; init; } = 3;
    public IReadOnlyList<int> Concurrency { get; init; } = [1, 16];
    public string? Profile { get; init; }
    public bool WriteReport { get; init; } = true;
    public bool CorpusOnly { get; init; }

    /// <summary>Names of the scenarios to run; all of them when null. A subset writes no report: its tables would be partial.</summary>
    public IReadOnlyList<string>? ScenarioNames { get; init; }

    [JsonIgnore]
    public IReadOnlyList<Scenario> SelectedScenarios => ScenarioNames is { } names ? [.. Scenarios.All.Where(s => names.Contains(s.Name))] : Scenarios.All;

    /// <summary>Rewrites the tables and the chart from a saved <c>results.json</c> without measuring.</summary>
    public string? ReportFrom { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--quick" => options with
                {
                    Quick = true, Sizes = [1_000], HeadlineSize = 1_000, Rounds = 1, Seconds = 1, WarmupSeconds = 1, WriteReport = false,
                },
                "--sizes" => options with { Sizes = [.. Next().Split(',').Select(int.Parse)] },
                "--headline" => options with { HeadlineSize = int.Parse(Next()) },
                "--rounds" => options with { Rounds = int.Parse(Next()) },
                "--seconds" => options with { Seconds = int.Parse(Next()) },
                "--scaling-seconds" => options with { ScalingSeconds = int.Parse(Next()) },
                "--warmup-seconds" => options with { WarmupSeconds = int.Parse(Next()) },
                "--profile" => options with { Profile = Next() },
                "--no-report" => options with { WriteReport = false },
                "--corpus-only" => options with { CorpusOnly = true, WriteReport = false },
                "--scenarios" => options with { ScenarioNames = Known(Next().Split(',')), WriteReport = false },
                "--report-from" => options with { ReportFrom = Next() },
                var other => throw new ArgumentException($"Unknown option {other}."),
            };
        }

        return options;
    }

    private static string[] Known(string[] names) =>
        names.FirstOrDefault(name => Scenarios.All.All(s => s.Name != name)) is { } unknown
            ? throw new ArgumentException($"No scenario is named {unknown}; there are {string.Join(", ", Scenarios.All.Select(s => s.Name))}.")
            : names;
}
