namespace ContentApi.Articles;

/// <summary>
/// The score of the README, computed from what the candidate statements returned for one parent:
/// (Σ shared topics ln(1 + N/df) + SourceWeight · Σ shared sources ln(1 + N/df) + 0.5 for the same non-empty
/// section) · recency, recency being exp(-|days| / RecencyDays) when both are dated and 0.5 otherwise.
/// </summary>
internal sealed class RelatedArticleScorer(
    RelatedArticleOptions options, int publishedCount, IReadOnlyDictionary<(RelatedItemKind, int), int> frequencies)
{
    public const double SameSectionBonus = 0.5;
    public const double UndatedRecency = 0.5;

    /// <summary>Score order: score descending, then newest first with undated last, then id.</summary>
    public static readonly IComparer<RelatedScoredCandidate> Order = Comparer<RelatedScoredCandidate>.Create((x, y) =>
    {
        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byDate = (x.PublishedAt, y.PublishedAt) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => b.Value.CompareTo(a.Value),
        };
        return byDate != 0 ? byDate : x.CandidateId.CompareTo(y.CandidateId);
    });

    public double Weight(RelatedItemKind kind, int itemId)
    {
        // A parent's own item always has df >= 1; a zero only appears if the item vanished between statements.
        var df = Math.Max(1, frequencies.GetValueOrDefault((kind, itemId)));
        var idf = Math.Log(1 + (double)publishedCount / df);
        return kind == RelatedItemKind.Source ? options.SourceWeight * idf : idf;
    }

    /// <summary>The highest base any candidate could reach: the parent's own items all shared, same section.</summary>
    public double UpperBound(RelatedParentRow parent, IEnumerable<RelatedItemRow> parentItems) =>
        parentItems.Sum(item => Weight(item.Kind, item.ItemId)) + (parent.Section.Length > 0 ? SameSectionBonus : 0);

    /// <summary>Scores every candidate of one parent that lies within the window, sorted in score order.</summary>
    public List<RelatedScoredCandidate> Rank(RelatedParentRow parent, IEnumerable<RelatedSharedItemRow> rows)
    {
        // One pass over the rows: on big corpora a parent brings tens of thousands of them.
        var candidates = new Dictionary<int, SharedItems>();
        foreach (var row in rows)
        {
            if (!candidates.TryGetValue(row.CandidateId, out var shared))
            {
                candidates[row.CandidateId] = shared = new SharedItems(row.CandidatePublishedAt, row.SameSection);
            }

            (row.Kind == RelatedItemKind.Topic ? shared.TopicIds : shared.SourceIds).Add(row.ItemId);
        }

        var ranked = new List<RelatedScoredCandidate>(candidates.Count);
        foreach (var (candidateId, shared) in candidates)
        {
            var days = DaysBetween(parent.PublishedAt, shared.PublishedAt);
            if (days > options.WindowDays)
            {
                continue;
            }

            var topicIds = shared.TopicIds.Order().ToList();
            var sourceIds = shared.SourceIds.Order().ToList();
            var sum = topicIds.Sum(id => Weight(RelatedItemKind.Topic, id)) + sourceIds.Sum(id => Weight(RelatedItemKind.Source, id))
                + (shared.SameSection ? SameSectionBonus : 0);
            var recency = days is { } d ? Math.Exp(-d / options.RecencyDays) : UndatedRecency;
            ranked.Add(new RelatedScoredCandidate(candidateId, shared.PublishedAt, sum * recency, topicIds, sourceIds));
        }

        ranked.Sort(Order);
        return ranked;
    }

    /// <summary>
    /// How far from a dated parent a candidate can lie and still score at least <paramref name="threshold"/>:
    /// beyond it even <paramref name="upperBound"/> decays below the threshold.
    /// </summary>
    public double ReachDays(double upperBound, double threshold) =>
        threshold <= 0 || upperBound <= 0 ? options.WindowDays : Math.Min(options.WindowDays, options.RecencyDays * Math.Log(upperBound / threshold));

    /// <summary>Fractional days between two publication times, or null when either is undated.</summary>
    public static double? DaysBetween(DateTime? a, DateTime? b) =>
        a is { } x && b is { } y ? Math.Abs((x - y).Ticks) / (double)TimeSpan.TicksPerDay : null;

    /// <summary>Sets, because a candidate that quotes a source twice brings it twice.</summary>
    private sealed record SharedItems(DateTime? PublishedAt, bool SameSection)
    {
        public HashSet<int> TopicIds { get; } = [];
        public HashSet<int> SourceIds { get; } = [];
    }
}
