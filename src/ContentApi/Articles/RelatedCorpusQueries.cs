using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Articles;

/// <summary>
/// The corpus statistics the score needs: the parents, N, the parents' topics and sources, and their df.
/// The queries ignore the global query filters and check the article status themselves: the filters on the
/// join tables add a lookup in the wide Articles table per posting, which made df on common topics cost
/// more than the whole rest of the request.
/// </summary>
internal static class RelatedCorpusQueries
{
    public static IQueryable<Article> Published(ContentDbContext db) =>
        db.Articles.IgnoreQueryFilters().Where(a => a.Status == ArticleStatus.Published);

    /// <summary>
    /// The parents whatever their status, which the caller checks: a status condition here would lead SQLite to
    /// scan the status index instead of looking the ids up.
    /// </summary>
    public static IQueryable<RelatedParentRow> Parents(ContentDbContext db, List<int> ids) =>
        db.Articles.IgnoreQueryFilters()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new RelatedParentRow
            {
                Id = a.Id,
                IsPublished = a.Status == ArticleStatus.Published,
                PublishedAt = a.PublishedAt,
                Section = a.Section,
                // Written out in place: a helper call here would be evaluated on its own, as a statement of its own.
                PublishedCount = db.Articles.IgnoreQueryFilters().Count(x => x.Status == ArticleStatus.Published),
            });

    public static IQueryable<RelatedItemRow> Items(ContentDbContext db, List<int> ids) =>
        db.ArticleTopics.IgnoreQueryFilters()
            .Where(t => ids.Contains(t.ArticleId))
            .Select(t => new RelatedItemRow { ArticleId = t.ArticleId, Kind = RelatedItemKind.Topic, ItemId = t.TopicId })
            .Concat(db.Quotes.IgnoreQueryFilters()
                .Where(q => ids.Contains(q.ArticleId))
                .Select(q => new RelatedItemRow { ArticleId = q.ArticleId, Kind = RelatedItemKind.Source, ItemId = q.SourceId }))
            .Distinct();

    /// <summary>
    /// df of the given topics and sources. Counting postings that do not belong to an unpublished article reads
    /// only the narrow (item, article) indexes plus the short list of unpublished ids.
    /// </summary>
    public static IQueryable<RelatedItemFrequency> Frequencies(ContentDbContext db, List<int> topicIds, List<int> sourceIds)
    {
        var unpublished = db.Articles.IgnoreQueryFilters().Where(a => a.Status != ArticleStatus.Published).Select(a => a.Id);
        var topics = db.ArticleTopics.IgnoreQueryFilters()
            .Where(t => topicIds.Contains(t.TopicId) && !unpublished.Contains(t.ArticleId))
            .GroupBy(t => t.TopicId)
            .Select(g => new RelatedItemFrequency { Kind = RelatedItemKind.Topic, ItemId = g.Key, ArticleCount = g.Count() });
        var sources = db.Quotes.IgnoreQueryFilters()
            .Where(q => sourceIds.Contains(q.SourceId) && !unpublished.Contains(q.ArticleId))
            .GroupBy(q => q.SourceId)
            .Select(g => new RelatedItemFrequency
            {
                Kind = RelatedItemKind.Source,
                ItemId = g.Key,
                ArticleCount = g.Select(q => q.ArticleId).Distinct().Count(),
            });
        return topics.Concat(sources);
    }
}
