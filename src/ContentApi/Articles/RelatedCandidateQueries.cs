using System.Linq.Expressions;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Articles;

/// <summary>
/// The candidate statements: for every parent at once, the topics and sources each candidate shares with it.
/// Every branch starts from a range of the (Status, PublishedAt) index, so a parent costs its date window,
/// not the postings of its most common topic.
/// </summary>
internal static class RelatedCandidateQueries
{
    /// <summary>
    /// Candidates dated within <paramref name="days"/> of a dated parent, plus every undated candidate and every
    /// candidate of an undated parent, whose recency does not depend on time.
    /// </summary>
    public static IQueryable<RelatedSharedItemRow> Near(
        ContentDbContext db, List<int> parentIds, double days, Expression<Func<Article, bool>>? filter)
    {
        var parents = RelatedCorpusQueries.Published(db).Where(a => parentIds.Contains(a.Id));
        var candidates = Candidates(db, filter);
        var undatedCandidates =
            from a in parents
            from b in candidates.Where(b => b.PublishedAt == null)
            where b.Id != a.Id
            select new RelatedPair { ArticleId = a.Id, CandidateId = b.Id, CandidatePublishedAt = b.PublishedAt, CandidateSection = b.Section };
        var undatedParents =
            from a in parents.Where(a => a.PublishedAt == null)
            from b in candidates.Where(b => b.PublishedAt != null)
            where b.Id != a.Id
            select new RelatedPair { ArticleId = a.Id, CandidateId = b.Id, CandidatePublishedAt = b.PublishedAt, CandidateSection = b.Section };
        return Shared(db, Dated(parents, candidates, days))
            .Concat(Shared(db, undatedCandidates))
            .Concat(Shared(db, undatedParents));
    }

    /// <summary>Dated candidates within <paramref name="days"/> of the given dated parents.</summary>
    public static IQueryable<RelatedSharedItemRow> Dated(
        ContentDbContext db, List<int> parentIds, double days, Expression<Func<Article, bool>>? filter)
    {
        var parents = RelatedCorpusQueries.Published(db).Where(a => parentIds.Contains(a.Id));
        return Shared(db, Dated(parents, Candidates(db, filter), days));
    }

    private static IQueryable<Article> Candidates(ContentDbContext db, Expression<Func<Article, bool>>? filter) =>
        filter is null ? RelatedCorpusQueries.Published(db) : RelatedCorpusQueries.Published(db).Where(filter);

    /// <summary>
    /// <paramref name="days"/> is a whole number: SQL Server's DATEADD truncates fractional days, and callers
    /// re-check the exact window in memory anyway.
    /// </summary>
    private static IQueryable<RelatedPair> Dated(IQueryable<Article> parents, IQueryable<Article> candidates, double days) =>
        from a in parents.Where(a => a.PublishedAt != null)
        from b in candidates
        where b.PublishedAt >= a.PublishedAt!.Value.AddDays(-days) && b.PublishedAt <= a.PublishedAt!.Value.AddDays(days) && b.Id != a.Id
        select new RelatedPair { ArticleId = a.Id, CandidateId = b.Id, CandidatePublishedAt = b.PublishedAt, CandidateSection = b.Section };

    private static IQueryable<RelatedSharedItemRow> Shared(ContentDbContext db, IQueryable<RelatedPair> pairs)
    {
        var topics = db.ArticleTopics.IgnoreQueryFilters();
        var quotes = db.Quotes.IgnoreQueryFilters();
        var sharedTopics =
            from pair in pairs
            join candidateTopic in topics on pair.CandidateId equals candidateTopic.ArticleId
            where topics.Any(t => t.ArticleId == pair.ArticleId && t.TopicId == candidateTopic.TopicId)
            select new RelatedSharedItemRow
            {
                ArticleId = pair.ArticleId,
                CandidateId = pair.CandidateId,
                CandidatePublishedAt = pair.CandidatePublishedAt,
                CandidateSection = pair.CandidateSection,
                Kind = RelatedItemKind.Topic,
                ItemId = candidateTopic.TopicId,
            };
        var sharedSources =
            from pair in pairs
            join candidateQuote in quotes on pair.CandidateId equals candidateQuote.ArticleId
            where quotes.Any(q => q.ArticleId == pair.ArticleId && q.SourceId == candidateQuote.SourceId)
            select new RelatedSharedItemRow
            {
                ArticleId = pair.ArticleId,
                CandidateId = pair.CandidateId,
                CandidatePublishedAt = pair.CandidatePublishedAt,
                CandidateSection = pair.CandidateSection,
                Kind = RelatedItemKind.Source,
                ItemId = candidateQuote.SourceId,
            };
        return sharedTopics.Concat(sharedSources);
    }
}
