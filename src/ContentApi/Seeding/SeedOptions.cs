namespace ContentApi.Seeding;

/// <summary>Configuration section <c>Seed</c>.</summary>
public sealed record SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Folder of seed article files. Relative paths are resolved against the content root and its parents.</summary>
    public string Path { get; init; } = "seeds";

    /// <summary>Deterministic synthetic articles added on top of the seeds, for demos, tests and benchmarks.</summary>
    public int SyntheticArticles { get; init; }

    /// <summary>
    /// Deletes synthetic articles numbered above <see cref="SyntheticArticles"/>. Off by default: a start with a
    /// smaller (or no) target keeps what the database holds, since deleting content must be asked for explicitly.
    /// </summary>
    public bool PruneSynthetic { get; init; }
}
