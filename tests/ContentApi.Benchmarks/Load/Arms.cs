namespace ContentApi.Benchmarks.Load;

/// <summary>The two arms' names as the results and tables use them.</summary>
internal static class Arms
{
    /// <summary>The real API: src/ContentApi, Release, as deployed.</summary>
    public const string Api = "A";

    /// <summary>The hand-written minimal-API endpoints of <c>Baseline/</c>.</summary>
    public const string Baseline = "B";
}
