using BenchmarkDotNet.Running;

namespace ContentApi.Benchmarks;

/// <summary>
/// Not top-level statements: those would declare a second global <c>Program</c> and hide the host's, which
/// <see cref="ContentApiBenchmarkHost"/> needs for WebApplicationFactory&lt;Program&gt;.
/// </summary>
public static class BenchmarkEntryPoint
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntryPoint).Assembly).Run(args);
}
