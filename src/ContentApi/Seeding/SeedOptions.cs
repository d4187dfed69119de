namespace ContentApi.Seeding;

/// <summary>Configuration section <c>Seed</c>.</summary>
public sealed record SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Folder of seed article files. Relative paths are resolved against the content root and its parents.</summary>
    public string Path { get; init; } = "seeds";

    /// <summary>Deterministic synthetic articles added on top of the seeds, for demos, tests and benchmarks.</summary>
    public int SyntheticArticles { get; init; }
}
