using ContentApi.Articles;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// The straightforward plan for the published score: N, the parents' topics and sources, their df, then every
/// published article sharing one of them within the window (postings of the parents' items, by the
/// (TopicId, ArticleId) and (SourceId, ArticleId) indexes), scored in C#.
/// </summary>
internal static class RelatedQueries
{
    /// <summary>Slack on the SQL window: SQLite's date arithmetic keeps milliseconds; the scorer applies the exact one.</summary>
    private const double SlackDays = 1;

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

    /// <summary>One row per (parent, candidate, shared item), candidates published and within the window.</summary>
    public static IQueryable<RelatedShareRow> Shares(ContentDbContext db, int[] parentIds, double windowDays)
    {
        var days = Math.Ceiling(windowDays) + SlackDays;
        var topics =
            from p in db.ArticleTopics.IgnoreQueryFilters()
            where parentIds.Contains(p.ArticleId)
            join parent in db.Articles.IgnoreQueryFilters() on p.ArticleId equals parent.Id
            join shared in db.ArticleTopics.IgnoreQueryFilters() on p.TopicId equals shared.TopicId
            join candidate in db.Articles on shared.ArticleId equals candidate.Id
            where candidate.Id != parent.Id
                && (parent.PublishedAt == null || candidate.PublishedAt == null
                    || (candidate.PublishedAt >= parent.PublishedAt.Value.AddDays(-days) && candidate.PublishedAt <= parent.PublishedAt.Value.AddDays(days)))
            select new RelatedShareRow
            {
                ParentId = parent.Id,
                CandidateId = candidate.Id,
                PublishedAt = candidate.PublishedAt,
                SameSection = parent.Section != "" && candidate.Section == parent.Section,
                IsSource = false,
                ItemId = shared.TopicId,
            };
        var sources =
            from p in db.Quotes.IgnoreQueryFilters()
            where parentIds.Contains(p.ArticleId)
            join parent in db.Articles.IgnoreQueryFilters() on p.ArticleId equals parent.Id
            join shared in db.Quotes.IgnoreQueryFilters() on p.SourceId equals shared.SourceId
            join candidate in db.Articles on shared.ArticleId equals candidate.Id
            where candidate.Id != parent.Id
                && (parent.PublishedAt == null || candidate.PublishedAt == null
                    || (candidate.PublishedAt >= parent.PublishedAt.Value.AddDays(-days) && candidate.PublishedAt <= parent.PublishedAt.Value.AddDays(days)))
            select new RelatedShareRow
            {
                ParentId = parent.Id,
                CandidateId = candidate.Id,
                PublishedAt = candidate.PublishedAt,
                SameSection = parent.Section != "" && candidate.Section == parent.Section,
                IsSource = true,
                ItemId = shared.SourceId,
            };
        return topics.Concat(sources);
    }

    public static readonly Func<ContentDbContext, int[], IAsyncEnumerable<RelatedArticleRow>> Articles = EF.CompileAsyncQuery(
        (ContentDbContext db, int[] ids) => db.Articles.Where(a => ids.Contains(a.Id))
            .Select(a => new RelatedArticleRow(a.Id, a.Title, a.Slug, a.PublishedAt)));
}
