using ContentApi.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Search;

/// <summary>
/// A page of results is one statement (the index's matches, ranked and limited in SQL, joined to the articles);
/// highlights add two statements for the page's text (articles, then quotes), totalCount one count.
/// </summary>
public abstract class SearchSqlTests(ContentApiFactory factory)
{
    [SkippableTheory]
    [InlineData("{ search(query: \"markets budget\", first: 5) { edges { score node { title } } } }", 1)]
    [InlineData("{ search(query: \"markets budget\", first: 50) { edges { score node { title } highlights { field } } } }", 3)]
    [InlineData("{ search(query: \"markets budget\", first: 5, where: { section: { eq: \"Synthetic\" } }) { totalCount edges { node { title } } } }", 2)]
    [InlineData("{ search(query: \"the of\") { totalCount edges { node { title } } } }", 0)]
    public async Task Statement_count_does_not_grow_with_the_page(string query, int statements)
    {
        var (_, recorded) = await SqlCapture.SendAsync(factory, query);

        Assert.Equal(statements, recorded.Count);
    }

    [SkippableFact]
    public async Task Sql_of_a_filtered_page_after_a_cursor_matches_the_snapshot()
    {
        var first = await SearchClient.PageAsync(factory.CreateClient(), "regulators -budget", ", first: 2, where: { section: { eq: \"Synthetic\" } }");
        var after = (string)first["pageInfo"]!["endCursor"]!;

        var (_, statements) = await SqlCapture.SendAsync(factory,
            $"{{ search(query: \"regulators -budget\", first: 2, after: \"{after}\", where: {{ section: {{ eq: \"Synthetic\" }} }}) {{ edges {{ score node {{ title }} highlights {{ field }} }} }} }}");

        Snapshot.Match(SqlCapture.ForSnapshot(statements), SnapshotNameExtension.Create(factory.Provider.ToString()));
    }

    /// <summary>Without a filter: the index ranks and limits inside the join; the count and the look behind the cursor read the index alone.</summary>
    [SkippableFact]
    public async Task Sql_of_an_unfiltered_page_after_a_cursor_matches_the_snapshot()
    {
        var first = await SearchClient.PageAsync(factory.CreateClient(), "grid reform", ", first: 2");
        var after = (string)first["pageInfo"]!["endCursor"]!;

        var (_, statements) = await SqlCapture.SendAsync(factory,
            $"{{ search(query: \"grid reform\", first: 2, after: \"{after}\") {{ totalCount pageInfo {{ hasPreviousPage hasNextPage }} edges {{ score node {{ title }} }} }} }}");

        Snapshot.Match(SqlCapture.ForSnapshot(statements), SnapshotNameExtension.Create(factory.Provider.ToString()));
    }

    public sealed class OnSqlite(SmallSyntheticCorpusFactory factory) : SearchSqlTests(factory), IClassFixture<SmallSyntheticCorpusFactory>;

    public sealed class OnPostgreSql(PostgreSqlSmallSyntheticCorpusFactory factory) : SearchSqlTests(factory), IClassFixture<PostgreSqlSmallSyntheticCorpusFactory>;
}
