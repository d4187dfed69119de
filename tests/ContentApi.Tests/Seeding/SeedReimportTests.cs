using ContentApi.Tests.Support;

namespace ContentApi.Tests.Seeding;

/// <summary>Importing the same seeds again, in-process or by restarting the host, changes no row and no id.</summary>
public sealed class SeedReimportTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Importing_the_seeds_twice_more_leaves_every_row_and_id_unchanged()
    {
        _ = factory.Services;
        var before = DatabaseDump.Read(factory.DatabasePath);

        await SeedInitializer.RunAsync(factory.Services, SeedFolder.RepositoryPath);
        await SeedInitializer.RunAsync(factory.Services, SeedFolder.RepositoryPath);

        Assert.Equal(before, DatabaseDump.Read(factory.DatabasePath));
        Assert.Equal(2, DatabaseDump.Count(factory.DatabasePath, "Articles"));
        Assert.Equal(5, DatabaseDump.Count(factory.DatabasePath, "Quotes"));
        Assert.Equal(4, DatabaseDump.Count(factory.DatabasePath, "QuotedSources"));
        Assert.Equal(8, DatabaseDump.Count(factory.DatabasePath, "Topics"));
    }

    [Fact]
    public void Restarting_the_host_on_the_same_database_file_leaves_every_row_and_id_unchanged()
    {
        var path = DatabaseFiles.NewTempPath();
        try
        {
            FileBackedFactory.Run(path, syntheticArticles: 25);
            var first = DatabaseDump.Read(path);

            FileBackedFactory.Run(path, syntheticArticles: 25);

            Assert.Equal(first, DatabaseDump.Read(path));
            Assert.Equal(27, DatabaseDump.Count(path, "Articles"));
        }
        finally
        {
            DatabaseFiles.Delete(path);
        }
    }
}
