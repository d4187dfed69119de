using ContentApi.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Articles;

/// <summary>
/// A page of articles with nested topics, quotes and quote sources is batched: the number of statements does
/// not grow with the page size (no N+1).
/// </summary>
public sealed class ArticlePageSqlTests(SmallSyntheticCorpusFactory factory) : IClassFixture<SmallSyntheticCorpusFactory>
{
    private const string PageQuery =
        "query($first: Int) { articles(first: $first) { nodes { title topics { name } quotes { text source { name organization } } } } }";

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(50)]
    public async Task Page_with_nested_lists_runs_three_statements_whatever_its_size(int pageSize)
    {
        var (response, statements) = await SqlCapture.SendAsync(factory, PageQuery, new { first = pageSize });

        Assert.Equal(pageSize, response.Json["data"]!["articles"]!["nodes"]!.Count());
        // Articles, their topics, their quotes with the quotes' sources: one statement each.
        Assert.Equal(3, statements.Count);
        Snapshot.Match(SqlCapture.ForSnapshot(statements), SnapshotNameExtension.Create($"first-{pageSize}"));
    }

    [Fact]
    public async Task Statement_count_seen_by_the_test_matches_the_server_timing_header()
    {
        // The in-process scope and the endpoint's own per-request scope must agree, or the counts above mean nothing.
        var (response, statements) = await SqlCapture.SendAsync(factory, PageQuery, new { first = 10 });

        Assert.Contains($"desc=\"{statements.Count} statements\"", response.ServerTiming);
    }

    [Fact]
    public async Task Nested_pages_of_articles_under_several_topics_are_one_statement_for_all_topics()
    {
        var query = "query($topics: Int) { topics(first: $topics) { nodes { articles(first: 5) { nodes { title } } } } }";

        var (_, one) = await SqlCapture.SendAsync(factory, query, new { topics = 1 });
        var (_, twenty) = await SqlCapture.SendAsync(factory, query, new { topics = 20 });

        Assert.Equal(2, one.Count);
        Assert.Equal(one.Count, twenty.Count);
    }

    [Fact]
    public async Task Total_count_costs_a_statement_only_when_it_is_selected()
    {
        var (_, without) = await SqlCapture.SendAsync(factory, "{ articles { nodes { title } } }");
        var (_, with) = await SqlCapture.SendAsync(factory, "{ articles { totalCount nodes { title } } }");

        Assert.DoesNotContain(without, s => s.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(without.Count + 1, with.Count);
    }
}
