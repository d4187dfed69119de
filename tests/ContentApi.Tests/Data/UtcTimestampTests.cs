using ContentApi.Articles;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Data;

/// <summary>Timestamps come back from the database as UTC, whatever kind of DateTime was stored.</summary>
public sealed class UtcTimestampTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Unspecified)]
    public async Task Stored_time_reads_back_as_the_same_utc_instant(DateTimeKind kind)
    {
        var slug = $"utc-{kind}".ToLowerInvariant();
        var time = new DateTime(2026, 1, 4, 10, 30, 15, kind);
        await using (var db = ContentDatabase.Open(factory.Services))
        {
            db.Articles.Add(new Article { Slug = slug, Title = slug, Summary = "s", Section = "Tests", Paragraphs = ["p"], PublishedAt = time, UpdatedAt = time, Status = ArticleStatus.Published });
            await db.SaveChangesAsync();
        }

        await using var read = ContentDatabase.Open(factory.Services);
        var article = await read.Articles.SingleAsync(a => a.Slug == slug);

        Assert.Equal(DateTimeKind.Utc, article.PublishedAt!.Value.Kind);
        Assert.Equal(time.Ticks, article.PublishedAt.Value.Ticks);
        Assert.Equal(DateTimeKind.Utc, article.UpdatedAt!.Value.Kind);
    }
}
