namespace ContentApi.Tests.Support;

/// <summary>
/// A host on a database file the test owns, so a second host can be started on what the first one left:
/// a restart. The test deletes the file with <see cref="DatabaseFiles.Delete"/>.
/// </summary>
internal sealed class FileBackedFactory(string databasePath, int syntheticArticles = 0, string? seedPath = null, bool pruneSynthetic = false)
    : ContentApiFactory(databasePath)
{
    protected override int SyntheticArticles => syntheticArticles;

    protected override bool DeleteDatabaseOnDispose => false;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seed:Path"] = seedPath ?? "seeds",
        ["Seed:PruneSynthetic"] = pruneSynthetic.ToString(),
    };

    /// <summary>Starts the host (migrations, seed import, synthetic corpus) and stops it again.</summary>
    public static void Run(string databasePath, int syntheticArticles = 0, string? seedPath = null, bool pruneSynthetic = false)
    {
        using var factory = new FileBackedFactory(databasePath, syntheticArticles, seedPath, pruneSynthetic);
        _ = factory.Services;
    }
}
