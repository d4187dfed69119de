using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Sources;
using ContentApi.Tests.Support;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Related;

/// <summary>
/// A hand-made corpus next to the repository's seed articles. Its topics and sources are its own, so the seed
/// articles only count in N.
/// </summary>
public class RelatedFixture : IAsyncLifetime
{
    public static readonly DateTime Day = new(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    public RelatedFixture() => Factory = CreateFactory();

    public ContentApiFactory Factory { get; }

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContextAsync();
        var alpha = new Topic { Slug = "fixture-alpha", Name = "Alpha" };
        var beta = new Topic { Slug = "fixture-beta", Name = "Beta" };
        var ann = new QuotedSource { Slug = "fixture-ann", Name = "Ann" };
        var bob = new QuotedSource { Slug = "fixture-bob", Name = "Bob" };
        db.AddRange(
            Article("parent", Day, "Fixture", [alpha, beta], [ann, bob]),
            Article("next-day", Day.AddDays(1), "Fixture", [alpha], [ann]),
            Article("next-day-twin", Day.AddDays(1), "Fixture", [alpha], [ann]),
            Article("day-before", Day.AddDays(-1), "Fixture", [alpha], [ann]),
            Article("undated", null, "Fixture", [alpha, beta], []),
            Article("draft", Day, "Fixture", [alpha, beta], [ann, bob], ArticleStatus.Draft),
            Article("next-year", Day.AddDays(400), "Fixture", [alpha], []),
            Article("other-section", Day.AddHours(-240), "Other", [beta], []),
            Article("unrelated", Day, "Fixture", [], []));
        await db.SaveChangesAsync();
    }

    protected virtual ContentApiFactory CreateFactory() => new();

    public Task DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private static Article Article(
        string slug, DateTime? publishedAt, string section, List<Topic> topics, List<QuotedSource> sources,
        ArticleStatus status = ArticleStatus.Published) => new()
    {
        Slug = $"fixture-{slug}",
        Title = slug,
        Summary = slug,
        Section = section,
        PublishedAt = publishedAt,
        Status = status,
        Topics = topics,
        Quotes = sources.Select((source, position) => new Quote { Text = $"{slug} quote", Position = position, Source = source }).ToList(),
    };
}
