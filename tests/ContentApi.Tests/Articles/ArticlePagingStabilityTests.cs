using ContentApi.Articles;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Articles;

/// <summary>Keyset cursors are positions, not offsets: rows added or removed while a client pages cause no duplicates or gaps.</summary>
public sealed class ArticlePagingStabilityTests(SmallSyntheticCorpusFactory factory) : IClassFixture<SmallSyntheticCorpusFactory>
{
    private const string Page = "query($after: String) { articles(first: 20, after: $after) { pageInfo { endCursor } nodes { slug } } }";

    [Fact]
    public async Task Inserts_before_the_cursor_and_deleting_the_cursor_row_do_not_shift_the_next_page()
    {
        var client = factory.CreateClient();
        var first = (await client.DataAsync(Page, new { after = (string?)null }))["articles"]!;
        var seen = first["nodes"]!.Select(n => (string)n["slug"]!).ToList();
        await using (var db = ContentDatabase.Open(factory.Services))
        {
            var lastSeen = seen[^1];
            var cursorRow = await db.Articles.SingleAsync(a => a.Slug == lastSeen);
            var sixth = seen[5];
            var seenRow = await db.Articles.SingleAsync(a => a.Slug == sixth);
            db.Articles.Add(NewArticle("inserted-newest", DateTime.UtcNow));
            db.Articles.Add(NewArticle("inserted-among-seen", seenRow.PublishedAt!.Value.AddSeconds(1)));
            db.Articles.Add(NewArticle("inserted-ahead", cursorRow.PublishedAt!.Value.AddSeconds(-1)));
            db.Articles.Remove(cursorRow);
            await db.SaveChangesAsync();
        }

        var second = (await client.DataAsync(Page, new { after = (string)first["pageInfo"]!["endCursor"]! }))["articles"]!;

        var expected = ArticleOracle.DefaultOrder(await ArticleOracle.PublishedAsync(factory.Services))
            .SkipWhile(slug => slug != "inserted-ahead").Take(20);
        Assert.Equal(expected, second["nodes"]!.Select(n => (string)n["slug"]!));
        Assert.Empty(second["nodes"]!.Select(n => (string)n["slug"]!).Intersect(seen.Append("inserted-newest").Append("inserted-among-seen")));
    }

    private static Article NewArticle(string slug, DateTime publishedAt) => new()
    {
        Slug = slug, Title = slug, Summary = "s", Section = "Tests", Paragraphs = ["p"], PublishedAt = publishedAt, Status = ArticleStatus.Published,
    };
}
