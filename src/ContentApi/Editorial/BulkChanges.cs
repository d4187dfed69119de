using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Editorial;

/// <summary>
/// What the mutations do per row, done once over a bulk import's tracked changes: new rows are stamped as created,
/// changed ones as modified, and an article whose fields, quotes or topics changed advances its version, so an
/// editor holding the old version gets ConcurrencyError. Unchanged rows are left alone, so re-importing the same
/// files changes nothing.
/// </summary>
public static class BulkChanges
{
    public static void Stamp(ContentDbContext db, Editor editor)
    {
        db.ChangeTracker.DetectChanges();
        var touched = db.ChangeTracker.Entries<Quote>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.ArticleId)
            .Concat(db.ChangeTracker.Entries<ArticleTopic>().Where(e => e.State is EntityState.Added or EntityState.Deleted).Select(e => e.Entity.ArticleId))
            .ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries<IAudited>().ToList())
        {
            if (entry.State == EntityState.Added)
            {
                editor.StampCreated(entry.Entity);
            }
            else if (entry.State == EntityState.Modified || (entry.Entity is Article { Id: var id } && touched.Contains(id)))
            {
                editor.StampModified(entry.Entity);
                if (entry.Entity is Article article)
                {
                    article.Version++;
                }
            }
        }
    }

    /// <summary>The rule violations of one imported article and what it references, as "field: problem" lines.</summary>
    public static List<InvalidInput> Check(Article article, IEnumerable<Topic> topics, IEnumerable<Quote> quotes)
    {
        var errors = ArticleRules.Check(article);
        errors.AddRange(topics.SelectMany(t => CatalogRules.Check(t).Select(e => e with { Field = $"topics[{t.Slug}].{e.Field}" })));
        foreach (var quote in quotes)
        {
            CatalogRules.CheckQuote($"quotes[{quote.Position}].text", quote.Text, errors);
            errors.AddRange(CatalogRules.Check(quote.Source).Select(e => e with { Field = $"quotes[{quote.Position}].source.{e.Field}" }));
        }

        return errors;
    }
}
