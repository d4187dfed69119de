using BenchmarkDotNet.Attributes;

namespace ContentApi.Benchmarks;

/// <summary>
/// Real GraphQL HTTP requests against the real host on the cached corpus. Every figure is read as a ratio to
/// page 1 measured in the same run, because absolute timings depend on the machine and its load.
/// </summary>
[MemoryDiagnoser]
// Tiered JIT and dynamic PGO need about 20 half-second iterations to settle on these code paths (on the
// shared 2-core machine, with a 10-iteration cap the deep page was still getting faster while measured), so
// warm-up has a floor; the ceilings keep the run to a few minutes.
[MinWarmupCount(20), MaxWarmupCount(40), MinIterationCount(15), MaxIterationCount(40)]
// Not sealed: BenchmarkDotNet generates a class deriving from each benchmark class.
public class ArticleQueryBenchmarks
{
    private ContentApiBenchmarkHost _host = null!;
    private HttpClient _client = null!;
    private GraphQLRequest _firstPage = null!;
    private GraphQLRequest _deepPage = null!;
    private GraphQLRequest _deepPageExactPageInfo = null!;
    private readonly GraphQLRequest _filtered = new(ArticleQueries.Filtered);
    private readonly GraphQLRequest _nested = new(ArticleQueries.Nested);
    private readonly GraphQLRequest _related = new(ArticleQueries.Related);
    private readonly GraphQLRequest _searchSelective = new(ArticleQueries.Search, new { q = ArticleQueries.SelectivePair });
    private readonly GraphQLRequest _searchCommon = new(ArticleQueries.Search, new { q = ArticleQueries.CommonPair });
    private readonly GraphQLRequest _searchCommonTotalCount = new(ArticleQueries.SearchWithTotalCount, new { q = ArticleQueries.CommonPair });
    private readonly GraphQLRequest _searchCommonWithoutHighlights = new(ArticleQueries.SearchWithoutHighlights, new { q = ArticleQueries.CommonPair });
    private readonly GraphQLRequest _searchCommonJoinFirst = new(ArticleQueries.SearchJoinFirst, new { q = ArticleQueries.CommonPair });

    [GlobalSetup]
    public async Task StartHostAsync()
    {
        var articles = CorpusSize.Articles;
        var databasePath = CorpusDatabase.Ensure(articles);
        _host = new ContentApiBenchmarkHost(databasePath, articles);
        _client = _host.Start();
        _firstPage = new GraphQLRequest(ArticleQueries.FirstPage);
        var deepCursor = await DeepCursor.EnsureAsync(_client, databasePath);
        _deepPage = new GraphQLRequest(ArticleQueries.PageAfter, new { after = deepCursor });
        _deepPageExactPageInfo = new GraphQLRequest(ArticleQueries.PageAfterExactPageInfo, new { after = deepCursor });
        Console.WriteLine($"// Corpus: {databasePath} ({articles} synthetic articles)");

        // Each request must answer with rows before it is timed; an error response would be measured as fast.
        foreach (var request in new[] { _firstPage, _deepPage, _deepPageExactPageInfo, _filtered, _nested, _related })
        {
            await request.RowsAsync(_client);
        }

        foreach (var request in new[] { _searchSelective, _searchCommon, _searchCommonTotalCount, _searchCommonWithoutHighlights, _searchCommonJoinFirst })
        {
            await request.RowsAsync(_client, "search");
        }
    }

    [GlobalCleanup]
    public void StopHost()
    {
        _client.Dispose();
        _host.Dispose();
    }

    /// <summary>50 articles, publishedAt DESC, no cursor.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> FirstPage() => _firstPage.SendAsync(_client);

    /// <summary>The same 50-article page, after the cursor 90% of the way down.</summary>
    [Benchmark]
    public Task<int> DeepPage90() => _deepPage.SendAsync(_client);

    /// <summary>The deep page with an exact hasPreviousPage: one more statement, a look behind the cursor.</summary>
    [Benchmark]
    public Task<int> DeepPage90ExactPageInfo() => _deepPageExactPageInfo.SendAsync(_client);

    /// <summary>20 articles whose title contains "rail", tagged economy.</summary>
    [Benchmark]
    public Task<int> FilteredPage() => _filtered.SendAsync(_client);

    /// <summary>10 articles with their topics, quotes and quoted sources.</summary>
    [Benchmark]
    public Task<int> NestedPage() => _nested.SendAsync(_client);

    /// <summary>20 articles with their 5 most related articles each.</summary>
    [Benchmark]
    public Task<int> RelatedArticles() => _related.SendAsync(_client);

    /// <summary>A selective two-word search ("costs rise"), 20 results with highlights.</summary>
    [Benchmark]
    public Task<int> SearchSelective() => _searchSelective.SendAsync(_client);

    /// <summary>A two-word search matching 83% of the articles ("grid reform"), 20 results with highlights.</summary>
    [Benchmark]
    public Task<int> SearchCommon() => _searchCommon.SendAsync(_client);

    /// <summary>The common search with totalCount.</summary>
    [Benchmark]
    public Task<int> SearchCommonTotalCount() => _searchCommonTotalCount.SendAsync(_client);

    /// <summary>The common search without highlights.</summary>
    [Benchmark]
    public Task<int> SearchCommonWithoutHighlights() => _searchCommonWithoutHighlights.SendAsync(_client);

    /// <summary>The common search with a <c>where</c> that keeps everything: every match is joined before ranking.</summary>
    [Benchmark]
    public Task<int> SearchCommonJoinFirst() => _searchCommonJoinFirst.SendAsync(_client);
}
