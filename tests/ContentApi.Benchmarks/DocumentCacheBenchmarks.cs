using BenchmarkDotNet.Attributes;
using ContentApi.Benchmarks.Harness;

namespace ContentApi.Benchmarks;

/// <summary>
/// The load harness's front page through the real host, with the document cache hit (the same text every time)
/// and missed (a unique comment appended to each request, so every request is parsed, validated and cached anew).
/// The product has no switch to turn the cache off: <c>GraphQL:DocumentCache:MaxEntries=0</c> still keeps one
/// entry (<c>DocumentCache</c> takes <c>Math.Max(1, MaxEntries)</c>), which a single repeated query always hits.
/// </summary>
[MemoryDiagnoser]
[MinWarmupCount(20), MaxWarmupCount(40), MinIterationCount(15), MaxIterationCount(40)]
// Not sealed: BenchmarkDotNet generates a class deriving from each benchmark class.
public class DocumentCacheBenchmarks
{
    private ContentApiBenchmarkHost _host = null!;
    private HttpClient _client = null!;
    private readonly GraphQLRequest _frontPage = new(Scenarios.Front.Query);
    private long _requests;

    [GlobalSetup]
    public async Task StartHostAsync()
    {
        var articles = CorpusSize.Articles;
        _host = new ContentApiBenchmarkHost(CorpusDatabase.Ensure(articles), articles);
        _client = _host.Start();
        await _frontPage.RowsAsync(_client);
        await new GraphQLRequest(Scenarios.Front.Query + " # check").RowsAsync(_client);
    }

    [GlobalCleanup]
    public void StopHost()
    {
        _client.Dispose();
        _host.Dispose();
    }

    /// <summary>Front page, document cache hit: parsing and static validation skipped.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> FrontPageCached() => _frontPage.SendAsync(_client);

    /// <summary>Front page, document cache missed: parsed and validated every time (the request body is built per call, about 1 μs).</summary>
    [Benchmark]
    public Task<int> FrontPageUncached() => new GraphQLRequest($"{Scenarios.Front.Query} # {++_requests}").SendAsync(_client);
}
