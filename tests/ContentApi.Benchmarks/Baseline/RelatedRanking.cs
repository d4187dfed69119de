using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// The README's score, computed exactly for a batch of parents in five statements:
/// (Σ shared topics ln(1 + N/df) + SourceWeight · Σ shared sources ln(1 + N/df) + 0.5 for the same non-empty
/// section) × recency, recency = exp(-|days| / RecencyDays) when both are dated, else 0.5; candidates within
/// WindowDays; best first, then newest (undated last), then id.
/// </summary>
internal static class RelatedRanking
{
    public static async Task<Dictionary<int, List<(double Score, RelatedArticleRow Article)>>> TopAsync(
        ContentDbContext db, IReadOnlyList<RelatedParent> parents, int first, RelatedOptions options, CancellationToken cancellationToken)
    {
        var parentIds = parents.Select(p => p.Id).ToArray();
        var published = await RelatedQueries.PublishedCount(db);
        var items = await RelatedQueries.Items(db, parentIds).ToListAsync(cancellationToken);
        var topicIds = items.Where(i => !i.IsSource).Select(i => i.ItemId).Distinct().ToArray();
        var sourceIds = items.Where(i => i.IsSource).Select(i => i.ItemId).Distinct().ToArray();
        var df = (await RelatedQueries.Frequencies(db, topicIds, sourceIds).ToListAsync(cancellationToken))
            .ToDictionary(f => (f.IsSource, f.ItemId), f => f.Articles);
        var shares = (await RelatedQueries.Shares(db, parentIds, options.WindowDays).ToListAsync(cancellationToken)).ToLookup(s => s.ParentId);

        double Weight(bool isSource, int itemId)
        {
            var idf = Math.Log(1 + (double)published / Math.Max(1, df.GetValueOrDefault((isSource, itemId))));
            return isSource ? options.SourceWeight * idf : idf;
        }

        var top = parents.ToDictionary(p => p.Id, p => Rank(p, shares[p.Id], Weight, first, options));
        var articleIds = top.Values.SelectMany(list => list).Select(c => c.CandidateId).Distinct().ToArray();
        var articles = new Dictionary<int, RelatedArticleRow>();
        await foreach (var article in RelatedQueries.Articles(db, articleIds).WithCancellation(cancellationToken))
        {
            articles[article.Id] = article;
        }

        return top.ToDictionary(p => p.Key, p => p.Value.Select(c => (c.Score, articles[c.CandidateId])).ToList());
    }

    private static List<Scored> Rank(
        RelatedParent parent, IEnumerable<RelatedShareRow> rows, Func<bool, int, double> weight, int first, RelatedOptions options)
    {
        var candidates = new Dictionary<int, Candidate>();
        foreach (var row in rows)
        {
            if (!candidates.TryGetValue(row.CandidateId, out var candidate))
            {
                candidates[row.CandidateId] = candidate = new Candidate(row.PublishedAt, row.SameSection);
            }

            (row.IsSource ? candidate.Sources : candidate.Topics).Add(row.ItemId);
        }

        var scored = new List<Scored>(candidates.Count);
        foreach (var (id, candidate) in candidates)
        {
            double? days = parent.PublishedAt is { } a && candidate.PublishedAt is { } b
                ? Math.Abs((a - b).Ticks) / (double)TimeSpan.TicksPerDay
                : null;
            if (days > options.WindowDays)
            {
                continue;
            }

            var topics = candidate.Topics.Sum(t => weight(false, t));
            var sources = candidate.Sources.Sum(s => weight(true, s));
            var recency = days is { } d ? Math.Exp(-d / options.RecencyDays) : 0.5;
            scored.Add(new Scored(id, candidate.PublishedAt, (topics + sources + (candidate.SameSection ? 0.5 : 0)) * recency));
        }

        scored.Sort(static (x, y) =>
        {
            var byScore = y.Score.CompareTo(x.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byDate = Nullable.Compare(y.PublishedAt, x.PublishedAt);
            return x.PublishedAt is null != y.PublishedAt is null ? (x.PublishedAt is null ? 1 : -1)
                : byDate != 0 ? byDate
                : x.CandidateId.CompareTo(y.CandidateId);
        });
        return scored.Count > first ? scored[..first] : scored;
    }

    private sealed record Scored(int CandidateId, DateTime? PublishedAt, double Score);

    /// <summary>Sorted sets: a candidate quoting a source twice brings it twice, and sums run in id order.</summary>
    private sealed record Candidate(DateTime? PublishedAt, bool SameSection)
    {
        public SortedSet<int> Topics { get; } = [];
        public SortedSet<int> Sources { get; } = [];
    }
}
