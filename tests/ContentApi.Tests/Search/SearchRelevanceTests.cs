using ContentApi.Tests.Support;
using Xunit.Abstractions;

namespace ContentApi.Tests.Search;

/// <summary>
/// Every query of the relevance set ranks each of its expected articles in its top 5 (so precision at 5, counted
/// over the expected articles, is 1.0); the figure is printed for the README.
/// </summary>
public abstract class SearchRelevanceTests(ContentApiFactory factory, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Every_expected_article_is_in_the_top_5_of_its_query()
    {
        var client = factory.CreateClient();
        var misses = new List<string>();
        var found = 0;
        var expected = 0;
        foreach (var (query, articles) in RelevanceSet.Cases)
        {
            var top = (await SearchClient.PageAsync(client, query, ", first: 5"))["edges"]!.Select(e => (string)e["node"]!["slug"]!).ToList();
            found += articles.Count(top.Contains);
            expected += articles.Count;
            misses.AddRange(articles.Where(a => !top.Contains(a)).Select(a => $"'{query}' misses {a} (top 5: {string.Join(", ", top)})"));
        }

        output.WriteLine($"{factory.Provider}: {RelevanceSet.Cases.Count} queries, {found} of {expected} expected articles in the top 5 (precision at 5 {(double)found / expected:0.000}).");
        Assert.True(RelevanceSet.Cases.Count >= 30);
        Assert.Empty(misses);
    }

    public sealed class OnSqlite(SmallSyntheticCorpusFactory factory, ITestOutputHelper output)
        : SearchRelevanceTests(factory, output), IClassFixture<SmallSyntheticCorpusFactory>;

    public sealed class OnPostgreSql(PostgreSqlSmallSyntheticCorpusFactory factory, ITestOutputHelper output)
        : SearchRelevanceTests(factory, output), IClassFixture<PostgreSqlSmallSyntheticCorpusFactory>;
}
