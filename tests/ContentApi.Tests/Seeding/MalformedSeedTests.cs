using ContentApi.Seeding;
using ContentApi.Tests.Support;

namespace ContentApi.Tests.Seeding;

/// <summary>
/// One bad seed file rejects the whole import. The broken file sorts after a good one whose title the copy also
/// changes, so a reader or importer that wrote file by file would leave that change behind.
/// </summary>
public sealed class MalformedSeedTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string GoodFile = "hong-kongs-ai-sector-soars-with-record-talent-pool-despite-global-headwinds.json";
    private const string BadFile = "us-cannot-legitimize-operation-against-venezuela-chinese-scholar.json";

    public static TheoryData<string, Func<string, string>> Breakages => new()
    {
        { "truncated JSON", text => text[..(text.Length / 2)] },
        { "trailing garbage", text => text + "}" },
        { "unknown status", text => text.Replace("\"status\": \"PUBLISHED\"", "\"status\": \"LIVE\"") },
        { "missing section", text => text.Replace("\"section\": \"China\",", "") },
        { "unknown property", text => text.Replace("\"section\": \"China\",", "\"section\": \"China\", \"author\": \"x\",") },
        { "date that is not a date", text => text.Replace("\"publishedAt\": null", "\"publishedAt\": \"yesterday\"") },
        { "date without offset", text => text.Replace("\"publishedAt\": null", "\"publishedAt\": \"2026-01-04T10:00:00\"") },
        { "impossible calendar date", text => text.Replace("\"publishedAt\": null", "\"publishedAt\": \"2026-02-30T10:00:00Z\"") },
        { "hour 25", text => text.Replace("\"publishedAt\": null", "\"publishedAt\": \"2026-01-04T25:00:00Z\"") },
        { "slug that does not match the file name", text => text.Replace("\"slug\": \"us-cannot", "\"slug\": \"renamed-us-cannot") },
        { "same source described twice differently", text => ReplaceLast(text, "\"director of the Center for Diplomatic Studies\"", "\"director\"") },
        { "topic named differently than in another file", text => text.Replace("\"name\": \"Geopolitics\"", "\"name\": \"Geo-politics\"") },
        { "same topic twice in one file with two names", text => text.Replace("\"name\": \"Venezuela\"\n    },", "\"name\": \"Venezuela\"\n    },\n    { \"slug\": \"venezuela\", \"name\": \"Bolivarian Republic\" },") },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task Broken_file_is_named_in_a_seed_format_error_and_nothing_is_written(string breakage, Func<string, string> breakFile)
    {
        _ = factory.Services;
        var before = DatabaseDump.Read(factory.DatabasePath);
        using var seeds = SeedFolder.CopyOfRepository();
        seeds.Edit(GoodFile, text => text.Replace("\"title\": \"Hong Kong's", "\"title\": \"EDITED Hong Kong's"));
        seeds.Edit(BadFile, breakFile);

        var error = await Assert.ThrowsAsync<SeedFormatException>(() => SeedInitializer.RunAsync(factory.Services, seeds.Path, syntheticArticles: 5));

        Assert.True(error.File == BadFile, $"{breakage}: the error names '{error.File}'.");
        Assert.Contains(BadFile, error.Message);
        Assert.Equal(before, DatabaseDump.Read(factory.DatabasePath));
    }

    [Fact]
    public async Task Copied_seeds_without_a_breakage_do_import_the_edit()
    {
        // The control for the test above: the edit to the good file is visible when nothing is broken.
        _ = factory.Services;
        using var seeds = SeedFolder.CopyOfRepository();
        seeds.Edit(GoodFile, text => text.Replace("\"title\": \"Hong Kong's", "\"title\": \"EDITED Hong Kong's"));

        await SeedInitializer.RunAsync(factory.Services, seeds.Path);

        Assert.Contains("EDITED Hong Kong's", DatabaseDump.Read(factory.DatabasePath));
        await SeedInitializer.RunAsync(factory.Services, SeedFolder.RepositoryPath);
        Assert.DoesNotContain("EDITED", DatabaseDump.Read(factory.DatabasePath));
    }

    private static string ReplaceLast(string text, string oldValue, string newValue)
    {
        var index = text.LastIndexOf(oldValue, StringComparison.Ordinal);
        return text[..index] + newValue + text[(index + oldValue.Length)..];
    }
}
