namespace ContentApi.Seeding;

/// <summary>Draws indexes with probability proportional to 1/(rank^exponent): a few items are very common.</summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        _cumulative = new double[count];
        var total = 0d;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < count; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
