namespace ContentApi.Related;

/// <summary>
/// The weights of one parent's items, in the scorer's fixed order (topics, then sources, each by id), for the
/// far pass: which items can still matter there, and the exact sum of what a candidate shares.
/// </summary>
internal sealed class RelatedParentWeights
{
    private readonly RelatedIndex _index;
    private readonly int _parent;
    private readonly double[] _topicWeights;
    private readonly double[] _sourceWeights;

    public RelatedParentWeights(RelatedCandidateScorer scorer, int parent)
    {
        (_index, _parent) = (scorer.Index, parent);
        _topicWeights = [.. _index.TopicsOf(parent).ToArray().Select(scorer.TopicWeight)];
        _sourceWeights = [.. _index.SourcesOf(parent).ToArray().Select(scorer.SourceWeight)];
    }

    /// <summary>
    /// The items a candidate must share to reach <paramref name="floor"/>: the lightest items are left out as long
    /// as all of them together, with the section bonus, stay strictly below it (the MaxScore rule).
    /// </summary>
    public bool[] Essential(double floor, double bonus)
    {
        var weights = _topicWeights.Concat(_sourceWeights).ToArray();
        var essential = new bool[weights.Length];
        Array.Fill(essential, true);
        var lightestFirst = Enumerable.Range(0, weights.Length).OrderBy(i => weights[i]).ToList();
        var together = bonus;
        foreach (var item in lightestFirst)
        {
            together += weights[item];
            if (together >= floor)
            {
                break;
            }

            essential[item] = false;
        }

        return essential;
    }

    /// <summary>Σ of the weights the candidate shares, added in the same order as the scorer's running sums.</summary>
    public double SharedSum(int candidate)
    {
        var sum = Merge(_index.TopicsOf(_parent), _index.TopicsOf(candidate), _topicWeights, 0.0);
        return Merge(_index.SourcesOf(_parent), _index.SourcesOf(candidate), _sourceWeights, sum);
    }

    private static double Merge(ReadOnlySpan<int> parent, ReadOnlySpan<int> candidate, double[] weights, double sum)
    {
        var (i, j) = (0, 0);
        while (i < parent.Length && j < candidate.Length)
        {
            if (parent[i] == candidate[j])
            {
                // The running sums start from the first weight itself; 0 + w is w exactly, so this matches them.
                sum += weights[i];
                (i, j) = (i + 1, j + 1);
            }
            else if (parent[i] < candidate[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
