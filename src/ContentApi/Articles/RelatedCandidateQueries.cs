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
        var parents = Parents(db, parentIds);
        var candidates = Candidates(db, filter);
        var undatedCandidates =
            from a in parents
            from b in candidates.Where(b => b.PublishedAt == null)
            where b.Id != a.Id
            select new RelatedPair { ArticleId = a.Id, CandidateId = b.Id, CandidatePublishedAt = b.PublishedAt, SameSection = a.Section != "" && b.Section == a.Section };
        var undatedParents =
            from a in parents.Where(a => a.PublishedAt == null)
            from b in candidates.Where(b => b.PublishedAt != null)
            where b.Id != a.Id
            select new RelatedPair { ArticleId = a.Id, CandidateId = b.Id, CandidatePublishedAt = b.PublishedAt, SameSection = a.Section != "" && b.Section == a.Section };
        return Shared(db, Dated(parents, candidates, RelatedWindow.Uniform(days)))
            .Concat(Shared(db, undatedCandidates))
            .Concat(Shared(db, undatedParents));
    }

    /// <summary>Dated candidates within a whole number of days of each dated parent, the number set per parent.</summary>
    public static IQueryable<RelatedSharedItemRow> Dated(
        ContentDbContext db, IReadOnlyDictionary<int, double> daysByParent, Expression<Func<Article, bool>>? filter)
    {
        var parentIds = daysByParent.Keys.ToList();
        var parents = Parents(db, parentIds);
        return Shared(db, Dated(parents, Candidates(db, filter), RelatedWindow.PerParent(daysByParent)));
    }

    /// <summary>
    /// By id alone: the ids are published parents from the first statement, and a status condition would lead
    /// SQLite to scan the status index for them instead of looking them up.
    /// </summary>
    private static IQueryable<Article> Parents(ContentDbContext db, List<int> parentIds) =>
        db.Articles.IgnoreQueryFilters().Where(a => parentIds.Contains(a.Id));

    private static IQueryable<Article> Candidates(ContentDbContext db, Expression<Func<Article, bool>>? filter) =>
        filter is null ? RelatedCorpusQueries.Published(db) : RelatedCorpusQueries.Published(db).Where(filter);

    private static IQueryable<RelatedPair> Dated(
        IQueryable<Article> parents, IQueryable<Article> candidates, Expression<Func<RelatedPairing, bool>> window) =>
        // An undated parent needs no condition of its own: its window bounds are NULL, which no row satisfies.
        parents
            .SelectMany(a => candidates, (a, b) => new RelatedPairing { Parent = a, Candidate = b })
            .Where(window)
            .Where(p => p.Candidate.Id != p.Parent.Id)
            .Select(p => new RelatedPair
            {
                ArticleId = p.Parent.Id,
                CandidateId = p.Candidate.Id,
                CandidatePublishedAt = p.Candidate.PublishedAt,
                SameSection = p.Parent.Section != "" && p.Candidate.Section == p.Parent.Section,
            });

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
                SameSection = pair.SameSection,
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
                SameSection = pair.SameSection,
                Kind = RelatedItemKind.Source,
                ItemId = candidateQuote.SourceId,
            };
        return sharedTopics.Concat(sharedSources);
    }
}
