using ContentApi.Articles;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// The statements of the published score: N, the parents' topics and sources, their df, the candidates that
/// share an item with a parent within a date window, and the winners' columns.
/// </summary>
internal static class RelatedQueries
{
    public static readonly Func<ContentDbContext, Task<int>> PublishedCount = EF.CompileAsyncQuery((ContentDbContext db) => db.Articles.Count());

    public static IQueryable<RelatedItemRow> Items(ContentDbContext db, int[] parentIds) =>
        db.ArticleTopics.IgnoreQueryFilters().Where(at => parentIds.Contains(at.ArticleId))
            .Select(at => new RelatedItemRow { ArticleId = at.ArticleId, IsSource = false, ItemId = at.TopicId })
            .Concat(db.Quotes.IgnoreQueryFilters().Where(q => parentIds.Contains(q.ArticleId))
                .Select(q => new RelatedItemRow { ArticleId = q.ArticleId, IsSource = true, ItemId = q.SourceId }));

    /// <summary>df: published articles per topic, and distinct published articles per quoted source.</summary>
    public static IQueryable<RelatedFrequencyRow> Frequencies(ContentDbContext db, int[] topicIds, int[] sourceIds)
    {
        var unpublished = db.Articles.IgnoreQueryFilters().Where(a => a.Status != ArticleStatus.Published).Select(a => a.Id);
        return db.ArticleTopics.IgnoreQueryFilters()
            .Where(at => topicIds.Contains(at.TopicId) && !unpublished.Contains(at.ArticleId))
            .GroupBy(at => at.TopicId)
            .Select(g => new RelatedFrequencyRow { IsSource = false, ItemId = g.Key, Articles = g.Count() })
            .Concat(db.Quotes.IgnoreQueryFilters()
                .Where(q => sourceIds.Contains(q.SourceId) && !unpublished.Contains(q.ArticleId))
                .GroupBy(q => q.SourceId)
                .Select(g => new RelatedFrequencyRow { IsSource = true, ItemId = g.Key, Articles = g.Select(q => q.ArticleId).Distinct().Count() }));
    }

    /// <summary>
    /// One row per (parent, candidate, shared item) for dated candidates within <paramref name="days"/> of a dated
    /// parent: a range of the (Status, PublishedAt) index around each parent, then the candidate's link rows,
    /// each checked against the parent's by key. With <paramref name="withUndated"/>, also every undated candidate,
    /// and every candidate of an undated parent: their recency does not depend on distance.
    /// </summary>
    public static IQueryable<RelatedShareRow> Shares(ContentDbContext db, int[] parentIds, double days, bool withUndated)
    {
        var parents = db.Articles.IgnoreQueryFilters().Where(a => parentIds.Contains(a.Id));
        var pairs =
            from parent in parents
            from candidate in db.Articles
            where candidate.PublishedAt >= parent.PublishedAt!.Value.AddDays(-days) && candidate.PublishedAt <= parent.PublishedAt!.Value.AddDays(days)
                && candidate.Id != parent.Id
            select new RelatedPairRow { ParentId = parent.Id, CandidateId = candidate.Id, PublishedAt = candidate.PublishedAt, SameSection = parent.Section != "" && candidate.Section == parent.Section };
        var shares = SharedItems(db, pairs);
        if (!withUndated)
        {
            return shares;
        }

        var undated =
            from parent in parents
            from candidate in db.Articles
            where (candidate.PublishedAt == null || parent.PublishedAt == null) && candidate.Id != parent.Id
            select new RelatedPairRow { ParentId = parent.Id, CandidateId = candidate.Id, PublishedAt = candidate.PublishedAt, SameSection = parent.Section != "" && candidate.Section == parent.Section };
        return shares.Concat(SharedItems(db, undated));
    }

    private static IQueryable<RelatedShareRow> SharedItems(ContentDbContext db, IQueryable<RelatedPairRow> pairs)
    {
        var topics = db.ArticleTopics.IgnoreQueryFilters();
        var quotes = db.Quotes.IgnoreQueryFilters();
        return (
                from pair in pairs
                join shared in topics on pair.CandidateId equals shared.ArticleId
                where topics.Any(t => t.ArticleId == pair.ParentId && t.TopicId == shared.TopicId)
                select new RelatedShareRow
                {
                    ParentId = pair.ParentId, CandidateId = pair.CandidateId, PublishedAt = pair.PublishedAt, SameSection = pair.SameSection,
                    IsSource = false, ItemId = shared.TopicId,
                })
            .Concat(
                from pair in pairs
                join shared in quotes on pair.CandidateId equals shared.ArticleId
                where quotes.Any(q => q.ArticleId == pair.ParentId && q.SourceId == shared.SourceId)
                select new RelatedShareRow
                {
                    ParentId = pair.ParentId, CandidateId = pair.CandidateId, PublishedAt = pair.PublishedAt, SameSection = pair.SameSection,
                    IsSource = true, ItemId = shared.SourceId,
                });
    }

    public static readonly Func<ContentDbContext, int[], IAsyncEnumerable<RelatedArticleRow>> Articles = EF.CompileAsyncQuery(
        (ContentDbContext db, int[] ids) => db.Articles.Where(a => ids.Contains(a.Id))
            .Select(a => new RelatedArticleRow(a.Id, a.Title, a.Slug, a.PublishedAt)));
}
