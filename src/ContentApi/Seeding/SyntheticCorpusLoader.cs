using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Editorial;
using ContentApi.Search;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContentApi.Seeding;

/// <summary>
/// Tops the database up to N synthetic articles, inserting only the missing ones in bulk, inside the caller's
/// transaction. Articles above N are deleted only when pruning is asked for explicitly (<c>Seed:PruneSynthetic</c>).
/// The bulk path skips the change tracker, not the rules: every article, topic, source and quote is checked against
/// the mutations' rules and stamped with the audit columns and version 1 before it is inserted.
/// </summary>
public sealed class SyntheticCorpusLoader(ContentDbContext db, Editor editor, ILogger logger)
{
    /// <summary>Returns whether it wrote anything.</summary>
    public async Task<bool> LoadAsync(int count, bool prune, CancellationToken cancellationToken)
    {
        var synthetic = db.Articles.IgnoreQueryFilters()
            .Where(a => a.Section == SyntheticCorpus.Section && a.Slug.StartsWith(SyntheticCorpus.SlugPrefix));
        var existing = await synthetic.CountAsync(cancellationToken);
        if (existing > count)
        {
            return await TrimAsync(synthetic, existing, count, prune, cancellationToken);
        }

        if (existing == count)
        {
            return false;
        }

        logger.LogInformation("Adding synthetic articles {From} to {To}", existing + 1, count);
        var topicIds = await UpsertTopicsAsync(cancellationToken);
        var sourceIds = await UpsertSourcesAsync(cancellationToken);
        await InsertArticlesAsync(existing + 1, count, topicIds, sourceIds, db.Database.CurrentTransaction!, cancellationToken);
        return true;
    }

    private async Task<bool> TrimAsync(IQueryable<Article> synthetic, int existing, int count, bool prune, CancellationToken cancellationToken)
    {
        if (!prune)
        {
            logger.LogInformation(
                "The database holds {Existing} synthetic articles, more than Seed:SyntheticArticles = {Count}; keeping them all (Seed:PruneSynthetic=true deletes the extra ones)",
                existing, count);
            return false;
        }

        logger.LogWarning("Deleting {Extra} synthetic articles above Seed:SyntheticArticles = {Count}, as Seed:PruneSynthetic=true asks",
            existing - count, count);
        var lastKept = SyntheticCorpus.SlugFor(count);
        await synthetic.Where(a => a.Slug.CompareTo(lastKept) > 0).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    private async Task<int[]> UpsertTopicsAsync(CancellationToken cancellationToken)
    {
        var known = await db.Topics.IgnoreQueryFilters().ToDictionaryAsync(t => t.Slug, cancellationToken);
        var topics = SyntheticCorpus.Topics.Select(t => known.GetValueOrDefault(t.Slug) ?? db.Topics.Add(new Topic { Slug = t.Slug, Name = t.Name }).Entity).ToList();
        topics.ForEach(topic => Ensure(CatalogRules.Check(topic), topic.Slug));
        BulkChanges.Stamp(db, editor);
        await db.SaveChangesAsync(cancellationToken);
        return topics.Select(t => t.Id).ToArray();
    }

    private async Task<int[]> UpsertSourcesAsync(CancellationToken cancellationToken)
    {
        var known = await db.Sources.IgnoreQueryFilters().Where(s => s.Slug.StartsWith(SyntheticCorpus.SlugPrefix)).ToDictionaryAsync(s => s.Slug, cancellationToken);
        var sources = SyntheticCorpus.Sources.Select(s => known.GetValueOrDefault(s.Slug)
            ?? db.Sources.Add(new QuotedSource { Slug = s.Slug, Name = s.Name, Role = s.Role, Organization = s.Organization }).Entity).ToList();
        sources.ForEach(source => Ensure(CatalogRules.Check(source), source.Slug));
        BulkChanges.Stamp(db, editor);
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
        var indexing = await SearchIndexBulkInsert.BeginAsync(dbTransaction, cancellationToken);
        await using var articles = await table.ArticlesAsync(connection, dbTransaction);
        await using var links = await table.ArticleTopicsAsync(connection, dbTransaction);
        await using var quotes = await table.QuotesAsync(connection, dbTransaction);
        for (var number = from; number <= to; number++)
        {
            var article = SyntheticCorpus.Generate(number);
            Ensure(Check(article), article.Slug);
            var id = firstId + number - from;
            await articles.ExecuteAsync(cancellationToken, id, article.Slug, article.Title, article.Summary,
                table.Paragraphs(article.Paragraphs), SyntheticCorpus.Section, article.PublishedAt, null,
                nameof(ArticleStatus.Published), 1, editor.Now, editor.Subject, editor.Now, editor.Subject);
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

        await indexing.CompleteAsync(firstId, firstId + to - from, cancellationToken);
        await table.ContinueArticleIdsAfterAsync(connection, dbTransaction, firstId + to - from);
    }

    private static List<InvalidInput> Check(SyntheticArticle article)
    {
        var errors = ArticleRules.Check(new Article
        {
            Slug = article.Slug, Title = article.Title, Summary = article.Summary, Section = SyntheticCorpus.Section,
            Paragraphs = [.. article.Paragraphs], PublishedAt = article.PublishedAt, Status = ArticleStatus.Published,
        });
        for (var position = 0; position < article.Quotes.Count; position++)
        {
            CatalogRules.CheckQuote($"quotes[{position}].text", article.Quotes[position].Text, errors);
        }

        return errors;
    }

    /// <summary>The generator is ours: a broken rule is a bug in it, and stops the load before anything commits.</summary>
    private static void Ensure(List<InvalidInput> errors, string slug)
    {
        if (errors is [var first, ..])
        {
            throw new InvalidOperationException($"Synthetic item '{slug}' breaks a content rule: {first.Message}");
        }
    }
}
