namespace ContentApi.Benchmarks.Load;

/// <summary>Everything one harness run measured, saved as JSON and turned into BENCHMARKS.md's tables and the chart.</summary>
internal sealed record LoadResults
{
    public required string Commit { get; init; }
    public required DateTime StartedUtc { get; init; }
    public DateTime FinishedUtc { get; set; }
    public required string Machine { get; init; }
    public required string Command { get; init; }
    public required LoadOptions Options { get; init; }
    public List<CorpusBuild> Corpora { get; } = [];
    public List<EqualityProbe> Probes { get; } = [];
    public List<Measurement> Measurements { get; } = [];
    public List<MemorySample> Memory { get; } = [];
    public List<string> LoadAverages { get; } = [];
}

internal sealed record CorpusBuild(int Articles, bool Cached, double Seconds, long FileBytes);

/// <summary>One scenario's comparison, with each arm's time for a second, warm request (it sizes the timed runs).</summary>
internal sealed record EqualityProbe(
    int Articles, string Scenario, int ApiBytes, int BaselineBytes, int? ApiStatements, int? BaselineStatements, string? Difference,
    double ApiWarmMs, double BaselineWarmMs);

internal sealed record Measurement(int Articles, string Scenario, string Arm, int Connections, int Round, WrkResult Result);

internal sealed record MemorySample(int Articles, string Arm, long ResidentBytes);
