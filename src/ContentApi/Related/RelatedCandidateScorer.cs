namespace ContentApi.Related;

/// <summary>
/// Scores the candidates of one parent over a <see cref="RelatedIndex"/>, exactly as the README's formula:
/// (Σ shared topics ln(1 + N/df) + SourceWeight · Σ shared sources ln(1 + N/df) + 0.5 for the same non-empty
/// section) · recency. Each item's weight is added to the running sum of every article on its posting list, in
/// one fixed order (topics, then sources, each by id), so a candidate's sum never depends on how it was reached.
/// </summary>
internal sealed class RelatedCandidateScorer(RelatedIndex index, RelatedArticleOptions options)
{
    public const double SameSectionBonus = 0.5;
    public const double UndatedRecency = 0.5;

    /// <summary>
    /// Width of the first pass around a dated parent. Its k-th best score bounds how far a better candidate can
    /// lie (even sharing every item, its score decays with distance), so the second pass reads only that far.
    /// </summary>
    private const double NearDays = 3;

    private readonly RelatedCandidateOrder _order = new(index);

    public RelatedCandidateOrder Order => _order;

    /// <summary>The <paramref name="first"/> best candidates of the article at <paramref name="parent"/>, best first.</summary>
    public RelatedCandidate[] Top(int parent, int first)
    {
        var scratch = index.RentScratch();
        try
        {
            var top = new RelatedTopList(_order, first);
            scratch.Reset();
            if (parent >= index.DatedCount)
            {
                AddPostings(parent, scratch, 0, index.Count);
                Rank(parent, scratch, 0, top.Offer);
                return top.ToArray();
            }

            AddPostings(parent, scratch, index.DatedCount, index.Count);
            var near = Math.Min(NearDays, options.WindowDays);
            var (from, to) = DatedRange(parent, near);
            AddPostings(parent, scratch, from, to);
            Rank(parent, scratch, 0, top.Offer);

            // A day past the reach: a candidate exactly at it may still tie the k-th and win on date or id.
            var reach = top.IsFull ? ReachDays(UpperBound(parent), top.LastScore) + 1 : options.WindowDays;
            if (reach > near)
            {
                var (farFrom, farTo) = DatedRange(parent, Math.Min(reach, options.WindowDays));
                var weights = new RelatedParentWeights(this, parent);
                // Beyond the first pass recency is below exp(-near / RecencyDays): items whose weights, all
                // together, stay under the k-th score there cannot lift a candidate into the list on their own.
                var floor = top.IsFull ? top.LastScore * Math.Exp(near / options.RecencyDays) : 0;
                var essential = weights.Essential(floor, index.Sections[parent] != 0 ? SameSectionBonus : 0);
                var scored = scratch.TouchedCount;
                AddPostings(parent, scratch, farFrom, from, essential);
                AddPostings(parent, scratch, to, farTo, essential);
                Rank(parent, scratch, scored, top.Offer, weights);
            }

            return top.ToArray();
        }
        finally
        {
            index.Return(scratch);
        }
    }

    /// <summary>Every candidate of the parent, best first: for <c>where</c>, which the index cannot evaluate.</summary>
    public List<RelatedCandidate> All(int parent)
    {
        var scratch = index.RentScratch();
        try
        {
            scratch.Reset();
            var (from, to) = parent >= index.DatedCount ? (0, index.DatedCount) : DatedRange(parent, options.WindowDays);
            AddPostings(parent, scratch, index.DatedCount, index.Count);
            AddPostings(parent, scratch, from, to);
            var all = new List<RelatedCandidate>(scratch.TouchedCount);
            Rank(parent, scratch, 0, all.Add);
            all.Sort(_order);
            return all;
        }
        finally
        {
            index.Return(scratch);
        }
    }

    /// <summary>Adds each of the parent's items to the sums of the articles at positions [from, to) carrying it.</summary>
    private void AddPostings(int parent, RelatedScratch scratch, int from, int to, bool[]? essential = null)
    {
        if (from >= to)
        {
            return;
        }

        var topics = index.TopicsOf(parent);
        for (var i = 0; i < topics.Length; i++)
        {
            if (essential is null || essential[i])
            {
                AddPostings(scratch, index.TopicPostings(topics[i]), TopicWeight(topics[i]), from, to);
            }
        }

        var sources = index.SourcesOf(parent);
        for (var i = 0; i < sources.Length; i++)
        {
            if (essential is null || essential[topics.Length + i])
            {
                AddPostings(scratch, index.SourcePostings(sources[i]), SourceWeight(sources[i]), from, to);
            }
        }
    }

    private static void AddPostings(RelatedScratch scratch, int[] postings, double weight, int from, int to)
    {
        var start = LowerBound(postings, from);
        var end = LowerBound(postings, to);
        for (var i = start; i < end; i++)
        {
            scratch.Add(postings[i], weight);
        }
    }

    /// <summary>
    /// Scores the candidates touched since <paramref name="fromTouched"/>. Their running sums are complete unless
    /// only some items were read; then <paramref name="weights"/> sums what each one shares, in the same order.
    /// </summary>
    private void Rank(int parent, RelatedScratch scratch, int fromTouched, Action<RelatedCandidate> offer, RelatedParentWeights? weights = null)
    {
        var parentDated = parent < index.DatedCount;
        var parentSection = index.Sections[parent];
        for (var i = fromTouched; i < scratch.TouchedCount; i++)
        {
            var candidate = scratch.Touched[i];
            if (candidate == parent)
            {
                continue;
            }

            var recency = UndatedRecency;
            if (parentDated && candidate < index.DatedCount)
            {
                var days = Math.Abs(index.Ticks[parent] - index.Ticks[candidate]) / (double)TimeSpan.TicksPerDay;
                if (days > options.WindowDays)
                {
                    continue;
                }

                recency = Math.Exp(-days / options.RecencyDays);
            }

            var bonus = parentSection != 0 && index.Sections[candidate] == parentSection ? SameSectionBonus : 0;
            var sum = weights is null ? scratch.Sums[candidate] : weights.SharedSum(candidate);
            offer(new RelatedCandidate(candidate, (sum + bonus) * recency));
        }
    }

    public RelatedIndex Index => index;

    /// <summary>ln(1 + N/df(t)).</summary>
    public double TopicWeight(int topic) => Math.Log(1 + (double)index.Count / index.TopicPostings(topic).Length);

    /// <summary>SourceWeight · ln(1 + N/df(s)).</summary>
    public double SourceWeight(int source) => options.SourceWeight * Math.Log(1 + (double)index.Count / index.SourcePostings(source).Length);

    /// <summary>The highest base any candidate could reach: every item of the parent shared, same section.</summary>
    private double UpperBound(int parent)
    {
        var sum = index.Sections[parent] != 0 ? SameSectionBonus : 0;
        foreach (var topic in index.TopicsOf(parent))
        {
            sum += TopicWeight(topic);
        }

        foreach (var source in index.SourcesOf(parent))
        {
            sum += SourceWeight(source);
        }

        return sum;
    }

    /// <summary>Beyond this many days even <paramref name="upperBound"/> decays below <paramref name="threshold"/>.</summary>
    private double ReachDays(double upperBound, double threshold) =>
        threshold <= 0 || upperBound <= 0 ? options.WindowDays : options.RecencyDays * Math.Log(upperBound / threshold);

    /// <summary>The dated positions within <paramref name="days"/> of the dated parent, as [from, to).</summary>
    private (int From, int To) DatedRange(int parent, double days)
    {
        var maxSpan = DateTime.MaxValue.Ticks;
        var span = days * TimeSpan.TicksPerDay >= maxSpan ? maxSpan : (long)Math.Ceiling(days * TimeSpan.TicksPerDay);
        var ticks = index.Ticks.AsSpan(0, index.DatedCount);
        var at = index.Ticks[parent];
        return (LowerBound(ticks, at - span), LowerBound(ticks, at + span + 1));
    }

    private static int LowerBound<T>(ReadOnlySpan<T> sorted, T value) where T : IComparable<T>
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = sorted[middle].CompareTo(value) < 0 ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private static int LowerBound(int[] sorted, int value) => LowerBound<int>(sorted, value);
}
