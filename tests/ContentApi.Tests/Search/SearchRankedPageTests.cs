using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Search;

/// <summary>
/// Without <c>where</c> the index ranks and limits before the join; with one, every match is joined first. A filter
/// that keeps every published article must not change a thing: each page of a common query, walked forward and
/// backward, has the same edges (cursors, scores, nodes, highlights), pageInfo and totalCount both ways.
/// </summary>
public abstract class SearchRankedPageTests(ContentApiFactory factory)
{
    private const string KeepsEverything = ", where: { status: { eq: PUBLISHED } }";

    // Matches most of the synthetic corpus (83% of 100,000 articles), with many equal scores, so ties are broken by
    // id across page borders.
    private const string Query = "grid reform";

    private const int PageSize = 7;

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_common_query_pages_the_same_with_the_index_ranking_first_and_with_the_join_first(bool forward)
    {
        var client = factory.CreateClient();

        var ranked = await WalkAsync(client, forward, where: "");
        var joined = await WalkAsync(client, forward, KeepsEverything);

        var total = (int)ranked[0]["totalCount"]!;
        Assert.True(total > 3 * PageSize, $"'{Query}' matches {total} articles: the walk must cross several pages.");
        Assert.Equal(total, ranked.Sum(p => p["edges"]!.Count()));
        Assert.Equal(joined.Count, ranked.Count);
        Assert.All(ranked.Zip(joined), pair => Assert.True(JToken.DeepEquals(pair.First, pair.Second), $"Ranked first:\n{pair.First}\nJoined first:\n{pair.Second}"));
    }


    private static async Task<List<JToken>> WalkAsync(HttpClient client, bool forward, string where)
    {
        var pages = new List<JToken>();
        string? cursor = null;
        do
        {
            var position = cursor is null ? "" : forward ? $", after: \"{cursor}\"" : $", before: \"{cursor}\"";
            var page = await SearchClient.PageAsync(client, Query, $"{(forward ? ", first: " : ", last: ")}{PageSize}{position}{where}");
            pages.Add(page);
            var pageInfo = page["pageInfo"]!;
            cursor = forward
                ? (bool)pageInfo["hasNextPage"]! ? (string)pageInfo["endCursor"]! : null
                : (bool)pageInfo["hasPreviousPage"]! ? (string)pageInfo["startCursor"]! : null;
        }
        while (cursor is not null);

        return pages;
    }

    public sealed class OnSqlite(SmallSyntheticCorpusFactory factory) : SearchRankedPageTests(factory), IClassFixture<SmallSyntheticCorpusFactory>;

    public sealed class OnPostgreSql(PostgreSqlSmallSyntheticCorpusFactory factory) : SearchRankedPageTests(factory), IClassFixture<PostgreSqlSmallSyntheticCorpusFactory>;
}
