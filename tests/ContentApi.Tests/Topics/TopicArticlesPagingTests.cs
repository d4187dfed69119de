using ContentApi.Articles;
using ContentApi.Tests.Articles;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Topics;

/// <summary>A nested connection (a topic's articles) pages with cursors like a root list does.</summary>
[Collection(LargeCorpusCollection.Name)]
public sealed class TopicArticlesPagingTests(LargeCorpusFactory factory)
{
    private const string Query = """
        query($slug: String!, $cursor: String) { topic(slug: $slug) { articles(first: 5, after: $cursor) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } } } } }
        """;

    private const string BackwardQuery = """
        query($slug: String!, $cursor: String) { topic(slug: $slug) { articles(last: 5, before: $cursor) {
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } } } } }
        """;

    [Fact]
    public async Task Walking_a_topics_articles_five_at_a_time_returns_each_once_newest_first()
    {
        var (slug, expected) = await LeastUsedTopicAsync();

        var slugs = (await ConnectionWalker.WalkAsync(factory.CreateClient(), Query, d => d["topic"]!["articles"]!, forward: true, pageSize: 5, new { slug }))
            .Select(n => (string)n["slug"]!).ToList();

        Assert.InRange(expected.Count, 11, 500);
        Assert.Equal(expected, slugs);
    }

    [Fact]
    public async Task Walking_a_topics_articles_backward_returns_the_same_order()
    {
        var (slug, expected) = await LeastUsedTopicAsync();

        var slugs = (await ConnectionWalker.WalkAsync(factory.CreateClient(), BackwardQuery, d => d["topic"]!["articles"]!, forward: false, pageSize: 5, new { slug }))
            .Select(n => (string)n["slug"]!).ToList();

        Assert.Equal(expected, slugs);
    }

    [Fact]
    public async Task Nested_total_count_is_the_topics_article_count_not_the_page_size()
    {
        var (slug, expected) = await LeastUsedTopicAsync();

        var data = await factory.CreateClient().DataAsync(Query, new { slug, cursor = (string?)null });

        Assert.Equal(expected.Count, (int)data["topic"]!["articles"]!["totalCount"]!);
    }

    [Fact]
    public async Task Cursor_of_the_root_list_is_refused_by_a_topic_list_with_the_same_order()
    {
        // Same ordering, other field: the cursor names a row of another list, so seeking from it would be a guess.
        var (slug, _) = await LeastUsedTopicAsync();
        var newest = (await factory.CreateClient().DataAsync("{ articles(first: 1) { edges { cursor } } }"))["articles"]!["edges"]![0]!;

        var response = await factory.CreateClient().SendGraphQLAsync(Query, new { slug, cursor = (string)newest["cursor"]! });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    /// <summary>The synthetic topic with the fewest articles that still fills more than two pages, and its articles in order.</summary>
    private async Task<(string Slug, List<string> Articles)> LeastUsedTopicAsync()
    {
        await using var db = ContentDatabase.Open(factory.Services);
        var topics = await db.Topics.Select(t => new { t.Slug, Articles = t.Articles.Select(a => new Article { Id = a.Id, Slug = a.Slug, PublishedAt = a.PublishedAt }).ToList() }).ToListAsync();
        var topic = topics.Where(t => t.Articles.Count > 10).OrderBy(t => t.Articles.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).First();
        return (topic.Slug, ArticleOracle.DefaultOrder(topic.Articles).ToList());
    }
}
