namespace ContentApi.Seeding;

/// <summary>
/// Deterministic synthetic articles. Article number n is generated from its own seeded random stream, so the
/// same N always gives the same data and a larger N extends a smaller one.
/// </summary>
public static class SyntheticCorpus
{
    public const string Section = "Synthetic";
    public const string SlugPrefix = "synthetic-";
    private static readonly DateTime Epoch = new(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private const int MinutesInSpan = 7 * 365 * 24 * 60;

    public static readonly IReadOnlyList<(string Slug, string Name)> Topics = SyntheticVocabulary.TopicNames
        .Select(name => (name.ToLowerInvariant().Replace(' ', '-'), name)).ToList();

    public static readonly IReadOnlyList<(string Slug, string Name, string Role, string Organization)> Sources =
        Enumerable.Range(0, 300).Select(SyntheticVocabulary.Source).ToList();

    private static readonly ZipfSampler TopicSampler = new(Topics.Count, exponent: 1.1);
    private static readonly ZipfSampler SourceSampler = new(Sources.Count, exponent: 0.9);

    public static string SlugFor(int number) => $"{SlugPrefix}{number:D6}";

    public static SyntheticArticle Generate(int number)
    {
        var random = new Random(unchecked(number * 7919 + 104729));
        var title = SyntheticVocabulary.Title(random, number);
        var paragraphs = Enumerable.Range(0, random.Next(3, 7)).Select(_ => SyntheticVocabulary.Paragraph(random)).ToList();
        var topics = Distinct(random, random.Next(1, 6), TopicSampler);
        var quotes = Enumerable.Range(0, random.Next(0, 7))
            .Select(_ => (SourceSampler.Next(random), SyntheticVocabulary.Sentence(random)))
            .ToList();
        var publishedAt = Epoch.AddMinutes(random.Next(MinutesInSpan));
        return new SyntheticArticle(number, SlugFor(number), title, paragraphs[0], paragraphs, publishedAt, topics, quotes);
    }

    private static List<int> Distinct(Random random, int count, ZipfSampler sampler)
    {
        var picked = new List<int>(count);
        while (picked.Count < count)
        {
            var index = sampler.Next(random);
            if (!picked.Contains(index))
            {
                picked.Add(index);
            }
        }

        return picked;
    }
}
