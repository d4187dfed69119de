using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;

namespace ContentApi.Benchmarks;

/// <summary>
/// The host's start-up on an empty SQLite file: migrations, seed import and the synthetic corpus load, timed
/// once (cold start, one iteration) because a single load takes tens of seconds. The initializer's own log
/// line, in BenchmarkDotNet's log, gives the synthetic load alone.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a class deriving from each benchmark class.
public class CorpusLoadBenchmarks
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"contentapi-load-{Environment.ProcessId}.db");

    [IterationSetup]
    public void DeleteDatabase() => DeleteFiles();

    [IterationCleanup]
    public void Cleanup() => DeleteFiles();

    [Benchmark]
    public void StartUpImport()
    {
        using var host = new ContentApiBenchmarkHost(_databasePath, CorpusSize.Articles);
        host.Start().Dispose();
    }

    private void DeleteFiles()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
