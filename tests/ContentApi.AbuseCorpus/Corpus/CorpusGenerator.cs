namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>
/// Generates the whole corpus from a seed: each category from its own random stream (so adding cases to one
/// category leaves the others unchanged), then shuffled, so hostile requests interleave as they would in the wild.
/// </summary>
internal static class CorpusGenerator
{
    public static IReadOnlyList<AbuseCase> Generate(int seed, CorpusFacts facts)
    {
        var cases = new List<AbuseCase>();
        cases.AddRange(TransportCases.Generate(Stream(seed, 1)));
        cases.AddRange(ParameterCases.Generate(Stream(seed, 2)));
        cases.AddRange(SyntaxCases.Generate(Stream(seed, 3)));
        cases.AddRange(ValidationCases.Generate(Stream(seed, 4)));
        cases.AddRange(ArgumentCases.Generate(Stream(seed, 5), facts));
        cases.AddRange(PersistedQueryCases.Generate(Stream(seed, 6)));

        var shuffled = cases.ToArray();
        new Random(seed).Shuffle(shuffled);
        return shuffled;
    }

    private static Random Stream(int seed, int category) => new(unchecked(seed * 7919 + category * 104729));
}
