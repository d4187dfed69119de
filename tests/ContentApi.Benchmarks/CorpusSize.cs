namespace ContentApi.Benchmarks;

/// <summary>
/// How many synthetic articles the benchmarks run against: 100,000 unless <c>CONTENTAPI_BENCH_ARTICLES</c>
/// says otherwise. BenchmarkDotNet's child processes inherit the variable, so a dry run can use a small corpus.
/// </summary>
public static class CorpusSize
{
    public const int Default = 100_000;
    public const string VariableName = "CONTENTAPI_BENCH_ARTICLES";

    public static int Articles =>
        int.TryParse(Environment.GetEnvironmentVariable(VariableName), out var articles) && articles > 0 ? articles : Default;
}
