using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ContentApi.Related;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Benchmarks;

/// <summary>
/// Issue 12's targets, each against its own baseline in the same run: 20 articles with 5 related each against
/// page 1, and one article with 5 related against the same article without them.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MinWarmupCount(20), MaxWarmupCount(40), MinIterationCount(15), MaxIterationCount(40)]
// Not sealed: BenchmarkDotNet generates a class deriving from each benchmark class.
public class RelatedBenchmarks
{
    private const string Slug = "synthetic-000777";

    private ContentApiBenchmarkHost _host = null!;
    private HttpClient _client = null!;
    private readonly GraphQLRequest _firstPage = new(ArticleQueries.FirstPage);
    private readonly GraphQLRequest _related = new(ArticleQueries.Related);
    private readonly GraphQLRequest _article = new($$"""{ article(slug: "{{Slug}}") { title publishedAt } }""");
    private readonly GraphQLRequest _articleWithRelated =
        new($$"""{ article(slug: "{{Slug}}") { title publishedAt related(first: 5) { score article { title } } } }""");

    [GlobalSetup]
    public async Task StartHostAsync()
    {
        var articles = CorpusSize.Articles;
        var databasePath = CorpusDatabase.Ensure(articles);
        _host = new ContentApiBenchmarkHost(databasePath, articles);
        _client = _host.Start();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        await _related.RowsAsync(_client);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var build = _host.Services.GetRequiredService<RelatedIndexCache>().LastBuild;
        Console.WriteLine($"// Corpus: {databasePath} ({articles} synthetic articles)");
        Console.WriteLine($"// Related index: {build}; managed heap grew {(heapAfter - heapBefore) / 1024.0 / 1024:0.0} MB across the first related request");
        await _firstPage.RowsAsync(_client);
        foreach (var request in new[] { _article, _articleWithRelated })
        {
            var length = await request.SendAsync(_client);
            Console.WriteLine($"// {length} bytes from an article request");
        }
    }

    [GlobalCleanup]
    public void StopHost()
    {
        _client.Dispose();
        _host.Dispose();
    }

    /// <summary>50 articles, publishedAt DESC, no cursor.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("List")]
    public Task<int> FirstPage() => _firstPage.SendAsync(_client);

    /// <summary>20 articles with their 5 most related articles each.</summary>
    [Benchmark, BenchmarkCategory("List")]
    public Task<int> RelatedOfTwenty() => _related.SendAsync(_client);

    /// <summary>One article by slug.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Article")]
    public Task<int> Article() => _article.SendAsync(_client);

    /// <summary>The same article with its 5 most related articles.</summary>
    [Benchmark, BenchmarkCategory("Article")]
    public Task<int> ArticleWithRelated() => _articleWithRelated.SendAsync(_client);
}
