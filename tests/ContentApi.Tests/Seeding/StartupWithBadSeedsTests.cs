using ContentApi.Tests.Support;

namespace ContentApi.Tests.Seeding;

/// <summary>The real start-up path: a host given a broken seed folder never starts and leaves the database as it was.</summary>
public sealed class StartupWithBadSeedsTests
{
    [Fact]
    public void Host_does_not_start_on_a_broken_seed_file_and_the_database_keeps_its_rows()
    {
        var path = DatabaseFiles.NewTempPath();
        using var seeds = SeedFolder.CopyOfRepository();
        try
        {
            FileBackedFactory.Run(path, syntheticArticles: 3);
            var before = DatabaseDump.Read(path);
            seeds.Edit("us-cannot-legitimize-operation-against-venezuela-chinese-scholar.json", text => text.Replace("\"publishedAt\": null", "\"publishedAt\": \"soon\""));

            using var broken = new FileBackedFactory(path, syntheticArticles: 50, seedPath: seeds.Path);

            // Program returns before the server starts (exit code 1 outside the test host), so no client can be made.
            var error = Assert.Throws<InvalidOperationException>(() => broken.CreateClient());
            Assert.Contains("not been started", error.Message);
            Assert.Equal(before, DatabaseDump.Read(path));
        }
        finally
        {
            DatabaseFiles.Delete(path);
        }
    }
}
