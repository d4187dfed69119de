namespace ContentApi.Related;

/// <summary>The list order of the README: score descending, then newest first with undated last, then id.</summary>
internal sealed class RelatedCandidateOrder(RelatedIndex index) : IComparer<RelatedCandidate>
{
    public int Compare(RelatedCandidate x, RelatedCandidate y)
    {
        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var (xDated, yDated) = (x.Position < index.DatedCount, y.Position < index.DatedCount);
        if (xDated != yDated)
        {
            return xDated ? -1 : 1;
        }

        var byDate = xDated ? index.Ticks[y.Position].CompareTo(index.Ticks[x.Position]) : 0;
        return byDate != 0 ? byDate : index.Ids[x.Position].CompareTo(index.Ids[y.Position]);
    }
}
