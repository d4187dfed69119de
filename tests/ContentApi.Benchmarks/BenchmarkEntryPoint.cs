using BenchmarkDotNet.Running;
using ContentApi.Benchmarks.Baseline;
using ContentApi.Benchmarks.Load;

namespace ContentApi.Benchmarks;

/// <summary>
/// Not top-level statements: those would declare a second global <c>Program</c> and hide the host's, which
/// <see cref="ContentApiBenchmarkHost"/> needs for WebApplicationFactory&lt;Program&gt;.
/// <c>baseline</c> runs arm B's server, <c>load</c> the load harness; anything else goes to BenchmarkDotNet.
/// </summary>
public static class BenchmarkEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["baseline", .. var rest]:
                await BaselineServer.RunAsync(rest);
                return 0;
            case ["load", .. var rest]:
                return await LoadHarness.RunAsync(LoadOptions.Parse(rest));
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntryPoint).Assembly).Run(args);
                return 0;
        }
    }
}
