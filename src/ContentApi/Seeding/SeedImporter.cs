using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Editorial;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Seeding;

/// <summary>
/// Imports seed articles idempotently: everything is upserted by slug inside the caller's transaction, and quotes
/// are matched by position, so importing the same files again changes nothing, ids included. Every article is held
/// to the mutations' rules (<see cref="ArticleRules"/>, <see cref="CatalogRules"/>) and changed rows are stamped
/// and versioned as the mutations do (<see cref="BulkChanges"/>), in the name of <paramref name="editor"/>.
/// </summary>
public sealed class SeedImporter(ContentDbContext db, Editor editor)
{
    /// <summary>Returns whether anything changed, so an unchanged import does not advance the content version.</summary>
    public async Task<bool> ImportAsync(IReadOnlyList<SeedArticleDocument> documents, CancellationToken cancellationToken)
    {
        var topics = CollectTopics(documents);
        var sources = CollectSources(documents);

        var topicsBySlug = await UpsertTopicsAsync(topics, cancellationToken);
        var sourcesBySlug = await UpsertSourcesAsync(sources, cancellationToken);
        foreach (var document in documents)
        {
            await UpsertArticleAsync(document, topicsBySlug, sourcesBySlug, cancellationToken);
        }

        // Importing the same files again changes nothing, and must not make every instance rebuild its index.
        BulkChanges.Stamp(db, editor);
        var changed = db.ChangeTracker.HasChanges();
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>A topic slug must carry one name everywhere; otherwise which name wins would depend on file order.</summary>
    private static Dictionary<string, SeedTopic> CollectTopics(IReadOnlyList<SeedArticleDocument> documents)
    {
        var topics = new Dictionary<string, SeedTopic>(StringComparer.Ordinal);
        foreach (var (document, topic) in documents.SelectMany(d => d.Topics.Select(t => (d, t))))
        {
            if (topics.TryGetValue(topic.Slug, out var known) && known != topic)
            {
                throw new SeedFormatException($"{document.Slug}.json",
                    $"topic '{topic.Slug}' is named '{topic.Name}' here but '{known.Name}' elsewhere in the seeds.");
            }

            topics[topic.Slug] = topic;
        }

        return topics;
    }

    private static Dictionary<string, SeedSource> CollectSources(IReadOnlyList<SeedArticleDocument> documents)
    {
        var sources = new Dictionary<string, SeedSource>(StringComparer.Ordinal);
        foreach (var (document, source) in documents.SelectMany(d => d.Quotes.Select(q => (d, q.Source))))
        {
            if (sources.TryGetValue(source.Slug, out var known) && known != source)
            {
                throw new SeedFormatException($"{document.Slug}.json",
                    $"source '{source.Slug}' is described differently in another seed file.");
            }

            sources[source.Slug] = source;
        }

        return sources;
    }

    private async Task<Dictionary<string, Topic>> UpsertTopicsAsync(
        Dictionary<string, SeedTopic> topics, CancellationToken cancellationToken)
    {
        var wanted = topics.Values.ToList();
        var slugs = topics.Keys.ToList();
        var existing = await db.Topics.IgnoreQueryFilters().Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);
        foreach (var seed in wanted)
        {
            if (!existing.TryGetValue(seed.Slug, out var topic))
            {
                topic = new Topic { Slug = seed.Slug };
                db.Topics.Add(topic);
                existing[seed.Slug] = topic;
            }

            topic.Name = seed.Name;
        }

        return existing;
    }

    private async Task<Dictionary<string, QuotedSource>> UpsertSourcesAsync(
        Dictionary<string, SeedSource> wanted, CancellationToken cancellationToken)
    {
        var slugs = wanted.Keys.ToList();
        var existing = await db.Sources.IgnoreQueryFilters().Where(s => slugs.Contains(s.Slug)).ToDictionaryAsync(s => s.Slug, cancellationToken);
        foreach (var seed in wanted.Values)
        {
            if (!existing.TryGetValue(seed.Slug, out var source))
            {
                source = new QuotedSource { Slug = seed.Slug };
                db.Sources.Add(source);
                existing[seed.Slug] = source;
            }

            (source.Name, source.Role, source.Organization) = (seed.Name, seed.Role, seed.Organization);
        }

        return existing;
    }

    private async Task UpsertArticleAsync(
        SeedArticleDocument document,
        Dictionary<string, Topic> topicsBySlug,
        Dictionary<string, QuotedSource> sourcesBySlug,
        CancellationToken cancellationToken)
    {
        var article = await db.Articles.IgnoreQueryFilters()
            .Include(a => a.Topics)
            .Include(a => a.Quotes.OrderBy(q => q.Position))
            .SingleOrDefaultAsync(a => a.Slug == document.Slug, cancellationToken);
        if (article is null)
        {
            article = new Article { Slug = document.Slug };
            db.Articles.Add(article);
        }

        SeedArticleMapper.Apply(document, article);
        article.Topics.RemoveAll(t => !document.Topics.Any(seed => seed.Slug == t.Slug));
        article.Topics.AddRange(document.Topics
            .Where(seed => !article.Topics.Any(t => t.Slug == seed.Slug))
            .Select(seed => topicsBySlug[seed.Slug]));

        for (var position = 0; position < document.Quotes.Count; position++)
        {
            var seed = document.Quotes[position];
            var quote = article.Quotes.FirstOrDefault(q => q.Position == position);
            if (quote is null)
            {
                quote = new Quote { Position = position };
                article.Quotes.Add(quote);
            }

            (quote.Text, quote.Source) = (seed.Text, sourcesBySlug[seed.Source.Slug]);
        }

        db.Quotes.RemoveRange(article.Quotes.Where(q => q.Position >= document.Quotes.Count));
        if (BulkChanges.Check(article, article.Topics, article.Quotes.Where(q => q.Position < document.Quotes.Count)) is [var first, ..])
        {
            throw new SeedFormatException($"{document.Slug}.json", first.Message);
        }
    }
}
