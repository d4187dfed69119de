using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Related;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Related;

/// <summary>
/// The related index follows the content: after a write committed through <see cref="ContentChanges"/>, the next
/// request ranks over the new corpus (new articles, changed topics, a changed N), still exactly the formula.
/// </summary>
public sealed class RelatedChangeTests(RelatedSyntheticCorpusFactory factory) : IClassFixture<RelatedSyntheticCorpusFactory>
{
    [Fact]
    public async Task Api_matches_the_reference_after_articles_are_added_retagged_and_unpublished()
    {
        using var client = factory.CreateClient();
        await RelatedDifferential.AssertMatchesAsync(client, factory, 5, corpus => RelatedDifferential.RandomSample(corpus, 30));

        var touched = await ChangeCorpusAsync();

        await RelatedDifferential.AssertMatchesAsync(client, factory, 5, corpus =>
            corpus.Where(a => touched.Contains(a.Id)).Concat(RelatedDifferential.RandomSample(corpus, 20)).DistinctBy(a => a.Id).Take(60));
        await RelatedDifferential.AssertMatchesAsync(client, factory, 20, corpus =>
            corpus.Where(a => touched.Contains(a.Id)).Take(15));
    }

    /// <summary>Adds 30 articles next to existing ones, retags 30, unpublishes 5; returns the ids to look at.</summary>
    private async Task<HashSet<int>> ChangeCorpusAsync()
    {
        var random = new Random(12);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContextAsync();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var topics = await db.Topics.ToListAsync();
        var sources = await db.Sources.ToListAsync();
        var articles = await db.Articles.Include(a => a.Topics).OrderBy(a => a.Id).ToListAsync();
        var neighbours = articles.OrderBy(_ => random.Next()).Take(65).ToList();

        var added = neighbours.Take(30).Select((near, i) => new Article
        {
            Slug = $"related-change-{i}",
            Title = $"Added {i}",
            Summary = "Added between two requests.",
            Section = i % 3 == 0 ? "Synthetic" : "Elsewhere",
            // One undated, the rest within hours of an existing article so that they rank near the top.
            PublishedAt = i == 0 ? null : near.PublishedAt?.AddHours(random.Next(-48, 48)),
            Status = ArticleStatus.Published,
            Topics = [.. near.Topics.Take(2), topics[random.Next(topics.Count)]],
            Quotes = [new Quote { Text = "New quote", Position = 0, Source = sources[random.Next(sources.Count)] }],
        }).ToList();
        db.Articles.AddRange(added);

        foreach (var article in neighbours.Skip(30).Take(30))
        {
            article.Topics.RemoveAt(0);
            article.Topics.Add(topics.Except(article.Topics).ElementAt(random.Next(10)));
        }

        foreach (var article in neighbours.Skip(60))
        {
            article.Status = ArticleStatus.Draft;
        }

        await factory.Services.GetRequiredService<ContentChanges>().CommitAsync(db, CancellationToken.None);
        return [.. added.Select(a => a.Id), .. neighbours.Skip(30).Take(30).Select(a => a.Id)];
    }
}
