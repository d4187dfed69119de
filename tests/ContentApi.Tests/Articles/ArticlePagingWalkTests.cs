using ContentApi.Tests.Support;

namespace ContentApi.Tests.Articles;

/// <summary>Walking all 2,002 articles page by page, in both directions, gives each exactly once and in order.</summary>
public abstract class ArticlePagingWalkTests(ContentApiFactory factory)
{
    private const string Forward = "query($cursor: String) { articles(first: 50, after: $cursor) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } } } }";
    private const string Backward = "query($cursor: String) { articles(last: 50, before: $cursor) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } } } }";

    [SkippableFact]
    public async Task Forward_walk_returns_every_article_once_newest_first_with_the_undated_one_last()
    {
        var expected = ArticleOracle.DefaultOrder(await ArticleOracle.PublishedAsync(factory.Services)).ToList();

        var slugs = (await ConnectionWalker.WalkAsync(factory.CreateClient(), Forward, d => d["articles"]!, forward: true, pageSize: 50))
            .Select(n => (string)n["slug"]!).ToList();

        Assert.Equal(LargeCorpusFactory.Articles + 2, expected.Count);
        Assert.Equal(expected, slugs);
        Assert.Equal("us-cannot-legitimize-operation-against-venezuela-chinese-scholar", slugs[^1]);
    }

    [SkippableFact]
    public async Task Backward_walk_returns_every_article_once_in_the_same_order()
    {
        var expected = ArticleOracle.DefaultOrder(await ArticleOracle.PublishedAsync(factory.Services)).ToList();

        var slugs = (await ConnectionWalker.WalkAsync(factory.CreateClient(), Backward, d => d["articles"]!, forward: false, pageSize: 50))
            .Select(n => (string)n["slug"]!).ToList();

        Assert.Equal(expected, slugs);
    }

    [SkippableFact]
    public async Task Forward_walk_by_title_breaks_ties_between_equal_titles_by_id()
    {
        // Synthetic titles repeat, so this walk crosses pages in the middle of runs of equal titles.
        const string ByTitle = "query($cursor: String) { articles(first: 50, after: $cursor, order: [{ title: ASC }]) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } } } }";
        var articles = await ArticleOracle.PublishedAsync(factory.Services);
        var expected = articles.OrderBy(a => a.Title, StringComparer.Ordinal).ThenBy(a => a.Id).Select(a => a.Slug).ToList();

        var slugs = (await ConnectionWalker.WalkAsync(factory.CreateClient(), ByTitle, d => d["articles"]!, forward: true, pageSize: 50))
            .Select(n => (string)n["slug"]!).ToList();

        Assert.True(articles.GroupBy(a => a.Title).Any(g => g.Count() > 1), "The corpus should have repeated titles.");
        Assert.Equal(expected, slugs);
    }

    [SkippableTheory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Contains_treats_wildcard_characters_literally_across_all_pages(string text)
    {
        // Pages of 7 so that the filtered walk crosses several pages too.
        const string Query = "query($cursor: String, $text: String) { articles(first: 7, after: $cursor, where: { title: { contains: $text } }) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug title } } } }";
        var expected = ArticleOracle.DefaultOrder(await ArticleOracle.PublishedAsync(factory.Services)).ToList();
        var containing = (await ArticleOracle.PublishedAsync(factory.Services)).Where(a => a.Title.Contains(text, StringComparison.Ordinal)).Select(a => a.Slug).ToHashSet();

        var nodes = await ConnectionWalker.WalkAsync(factory.CreateClient(), Query, d => d["articles"]!, forward: true, pageSize: 7, new { text });

        Assert.InRange(containing.Count, 8, 100);
        Assert.Equal(expected.Where(containing.Contains), nodes.Select(n => (string)n["slug"]!));
    }

    [Collection(LargeCorpusCollection.Name)]
    public sealed class OnSqlite(LargeCorpusFactory factory) : ArticlePagingWalkTests(factory);

    [Collection(PostgreSqlLargeCorpusCollection.Name)]
    public sealed class OnPostgreSql(PostgreSqlLargeCorpusFactory factory) : ArticlePagingWalkTests(factory);
}
