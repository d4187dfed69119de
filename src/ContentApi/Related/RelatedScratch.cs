namespace ContentApi.Related;

/// <summary>
/// Working memory for ranking one parent at a time: a running sum per candidate position, and which positions
/// this parent touched. A generation number marks the touched positions, so nothing is cleared between parents.
/// </summary>
internal sealed class RelatedScratch(int count)
{
    private readonly int[] _generationOf = new int[count];
    private int _generation;

    public double[] Sums { get; } = new double[count];

    public int[] Touched { get; private set; } = new int[Math.Min(count, 1024)];

    public int TouchedCount { get; private set; }

    /// <summary>Forgets the previous parent's candidates.</summary>
    public void Reset()
    {
        TouchedCount = 0;
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_generationOf);
            _generation = 1;
        }
    }

    public void Add(int position, double weight)
    {
        if (_generationOf[position] != _generation)
        {
            _generationOf[position] = _generation;
            Sums[position] = weight;
            if (TouchedCount == Touched.Length)
            {
                var grown = new int[Math.Min(Sums.Length, Touched.Length * 2)];
                Touched.CopyTo(grown, 0);
                Touched = grown;
            }

            Touched[TouchedCount++] = position;
        }
        else
        {
            Sums[position] += weight;
        }
    }
}
