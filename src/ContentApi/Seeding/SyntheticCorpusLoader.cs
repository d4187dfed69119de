using System.Text.Json;
using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Related;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContentApi.Seeding;

/// <summary>Brings the database to exactly N synthetic articles, inserting only the missing ones in bulk.</summary>
public sealed class SyntheticCorpusLoader(ContentDbContext db, ContentChanges changes)
{
    public async Task LoadAsync(int count, CancellationToken cancellationToken)
    {
        var synthetic = db.Articles.IgnoreQueryFilters()
            .Where(a => a.Section == SyntheticCorpus.Section && a.Slug.StartsWith(SyntheticCorpus.SlugPrefix));
        var existing = await synthetic.CountAsync(cancellationToken);
        if (existing > count)
        {
            var lastKept = SyntheticCorpus.SlugFor(count);
            await using var trimming = await db.Database.BeginTransactionAsync(cancellationToken);
            await synthetic.Where(a => a.Slug.CompareTo(lastKept) > 0).ExecuteDeleteAsync(cancellationToken);
            await changes.CommitAsync(db, cancellationToken);
            return;
        }

        if (existing == count)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var topicIds = await UpsertTopicsAsync(cancellationToken);
        var sourceIds = await UpsertSourcesAsync(cancellationToken);
        await InsertArticlesAsync(existing + 1, count, topicIds, sourceIds, transaction, cancellationToken);
        await changes.CommitAsync(db, cancellationToken);
    }

    private async Task<int[]> UpsertTopicsAsync(CancellationToken cancellationToken)
    {
        var known = await db.Topics.IgnoreQueryFilters().ToDictionaryAsync(t => t.Slug, cancellationToken);
        var topics = SyntheticCorpus.Topics.Select(t => known.GetValueOrDefault(t.Slug) ?? db.Topics.Add(new Topic { Slug = t.Slug, Name = t.Name }).Entity).ToList();
        await db.SaveChangesAsync(cancellationToken);
        return topics.Select(t => t.Id).ToArray();
    }

    private async Task<int[]> UpsertSourcesAsync(CancellationToken cancellationToken)
    {
        var known = await db.Sources.IgnoreQueryFilters().Where(s => s.Slug.StartsWith(SyntheticCorpus.SlugPrefix)).ToDictionaryAsync(s => s.Slug, cancellationToken);
        var sources = SyntheticCorpus.Sources.Select(s => known.GetValueOrDefault(s.Slug)
            ?? db.Sources.Add(new QuotedSource { Slug = s.Slug, Name = s.Name, Role = s.Role, Organization = s.Organization }).Entity).ToList();
        await db.SaveChangesAsync(cancellationToken);
        return sources.Select(s => s.Id).ToArray();
    }

    private async Task InsertArticlesAsync(int from, int to, int[] topicIds, int[] sourceIds, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var table = new InsertTargets(db);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var firstId = (await db.Articles.IgnoreQueryFilters().MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0) + 1;
        await using var identityInsert = await table.AllowExplicitArticleIdsAsync(connection, dbTransaction);
        await using var articles = await table.ArticlesAsync(connection, dbTransaction);
        await using var links = await table.ArticleTopicsAsync(connection, dbTransaction);
        await using var quotes = await table.QuotesAsync(connection, dbTransaction);
        for (var number = from; number <= to; number++)
        {
            var article = SyntheticCorpus.Generate(number);
            var id = firstId + number - from;
            await articles.ExecuteAsync(cancellationToken, id, article.Slug, article.Title, article.Summary,
                JsonSerializer.Serialize(article.Paragraphs), SyntheticCorpus.Section, article.PublishedAt, null,
                nameof(ArticleStatus.Published));
            foreach (var topic in article.TopicIndexes)
            {
                await links.ExecuteAsync(cancellationToken, id, topicIds[topic]);
            }

            for (var position = 0; position < article.Quotes.Count; position++)
            {
                var (source, text) = article.Quotes[position];
                await quotes.ExecuteAsync(cancellationToken, text, position, id, sourceIds[source]);
            }
        }
    }
}
