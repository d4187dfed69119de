using System.Linq.Expressions;
using ContentApi.Articles;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// <c>related(where: …)</c>: the index ranks every candidate, and SQL decides which pass the filter, best first.
/// The first statement checks the head of each list, which settles most of them; a second checks the rest of the
/// lists that are still short. Exact, whatever the filter, in at most two statements.
/// </summary>
internal static class RelatedCandidateFilter
{
    public static async Task<Dictionary<int, IReadOnlyList<RelatedCandidate>>> TopAsync(
        ContentDbContext db, RelatedIndex index, RelatedCandidateScorer scorer, IReadOnlyDictionary<int, int> parents,
        int first, Expression<Func<Article, bool>> filter, CancellationToken cancellationToken)
    {
        var ranked = parents.ToDictionary(parent => parent.Key, parent => scorer.All(parent.Value));
        var head = Math.Max(64, 16 * first);
        var passing = await PassingAsync(db, index, ranked.Values.SelectMany(list => list.Take(head)), filter, cancellationToken);
        var top = ranked.ToDictionary(parent => parent.Key, parent => Settled(parent.Value.Take(head), passing, first));
        var unsettled = ranked.Where(parent => top[parent.Key].Count < first && parent.Value.Count > head).ToList();
        if (unsettled.Count > 0)
        {
            passing.UnionWith(await PassingAsync(db, index, unsettled.SelectMany(parent => parent.Value.Skip(head)), filter, cancellationToken));
            foreach (var (parent, list) in unsettled)
            {
                top[parent] = Settled(list, passing, first);
            }
        }

        return top.ToDictionary(parent => parent.Key, parent => (IReadOnlyList<RelatedCandidate>)parent.Value);
    }

    private static List<RelatedCandidate> Settled(IEnumerable<RelatedCandidate> ranked, HashSet<int> passing, int first) =>
        ranked.Where(candidate => passing.Contains(candidate.Position)).Take(first).ToList();

    /// <summary>The positions among <paramref name="candidates"/> whose articles meet the filter.</summary>
    private static async Task<HashSet<int>> PassingAsync(
        ContentDbContext db, RelatedIndex index, IEnumerable<RelatedCandidate> candidates, Expression<Func<Article, bool>> filter,
        CancellationToken cancellationToken)
    {
        var ids = candidates.Select(c => index.Ids[c.Position]).Distinct().ToList();
        // One parameter however many ids: a list of thousands would exceed SQL Server's 2,100 parameters.
        var passing = await CandidatesMeeting(db, ids, filter).ToListAsync(cancellationToken);
        return passing.Select(id => index.TryGetPosition(id, out var position) ? position : -1).Where(p => p >= 0).ToHashSet();
    }

    public static IQueryable<int> CandidatesMeeting(ContentDbContext db, List<int> ids, Expression<Func<Article, bool>> filter) =>
        db.Articles.Where(a => EF.Parameter(ids).Contains(a.Id)).Where(filter).Select(a => a.Id);
}
