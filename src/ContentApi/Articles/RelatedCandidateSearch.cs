using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Articles;

/// <summary>
/// Finds each parent's top candidates with five statements, whatever the number of parents:
/// the parents with N, their topics and sources, the df of those, the near candidates, the far candidates.
/// </summary>
internal static class RelatedCandidateSearch
{
    /// <summary>
    /// Width of the first, cheap pass around each dated parent. Its k-th best score bounds how far a better
    /// candidate can lie (the recency factor decays), so the second pass reads only that far instead of the
    /// whole window: on dense corpora most lists are settled within a few days.
    /// </summary>
    private const double NearDays = 3;

    public static async Task<Dictionary<int, List<RelatedScoredCandidate>>> TopAsync(
        ContentDbContext db, IReadOnlyList<int> keys, RelatedArticleRequest request, CancellationToken cancellationToken)
    {
        var parents = (await RelatedCorpusQueries.Parents(db, [.. keys]).ToListAsync(cancellationToken)).Where(p => p.IsPublished).ToList();
        var ids = parents.Select(p => p.Id).ToList();
        var items = await RelatedCorpusQueries.Items(db, ids).ToListAsync(cancellationToken);
        var frequencies = await RelatedCorpusQueries.Frequencies(db, ItemIds(items, RelatedItemKind.Topic), ItemIds(items, RelatedItemKind.Source))
            .ToListAsync(cancellationToken);
        var scorer = new RelatedArticleScorer(
            request.Options,
            parents.FirstOrDefault()?.PublishedCount ?? 0,
            frequencies.ToDictionary(f => (f.Kind, f.ItemId), f => f.ArticleCount));
        // A day of slack: SQLite's date arithmetic keeps milliseconds only, and the scorer applies the exact window.
        var window = Math.Ceiling(request.Options.WindowDays) + 1;
        var near = (await RelatedCandidateQueries.Near(db, ids, Math.Min(NearDays, window), request.Filter).ToListAsync(cancellationToken))
            .ToLookup(r => r.ArticleId);

        var ranked = new Dictionary<int, List<RelatedScoredCandidate>>();
        var itemsByParent = items.ToLookup(i => i.ArticleId);
        var farDays = new Dictionary<int, double>();
        foreach (var parent in parents)
        {
            var list = scorer.Rank(parent, near[parent.Id]);
            ranked[parent.Id] = list;
            if (parent.PublishedAt is null)
            {
                continue;
            }

            var threshold = list.Count >= request.First ? list[request.First - 1].Score : 0;
            var parentReach = scorer.ReachDays(scorer.UpperBound(parent, itemsByParent[parent.Id]), threshold);
            if (parentReach > NearDays)
            {
                // Whole days, rounded up past the reach: a candidate exactly at the reach still counts.
                farDays[parent.Id] = Math.Min(Math.Floor(parentReach) + 1, window);
            }
        }

        // Always sent, even for no parents, so the statement count depends on nothing but the query's shape.
        var far = (await RelatedCandidateQueries.Dated(db, farDays, request.Filter).ToListAsync(cancellationToken))
            .ToLookup(r => r.ArticleId);
        foreach (var parent in parents.Where(p => farDays.ContainsKey(p.Id)))
        {
            var undated = near[parent.Id].Where(r => r.CandidatePublishedAt is null);
            ranked[parent.Id] = scorer.Rank(parent, undated.Concat(far[parent.Id]));
        }

        return ranked.ToDictionary(p => p.Key, p => p.Value.Take(request.First).ToList());
    }

    private static List<int> ItemIds(IEnumerable<RelatedItemRow> items, RelatedItemKind kind) =>
        items.Where(i => i.Kind == kind).Select(i => i.ItemId).Distinct().Order().ToList();
}
