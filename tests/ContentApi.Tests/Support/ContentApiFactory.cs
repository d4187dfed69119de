using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContentApi.Tests.Support;

/// <summary>
/// The real host (Program.cs and its registrations) on a SQLite file of its own, seeded from the repository's
/// seeds/ at start, with an optional synthetic corpus.
/// </summary>
public class ContentApiFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"contentapi-tests-{Guid.NewGuid():N}.db");

    protected virtual int SyntheticArticles => 0;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public string DatabasePath => _databasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Content", $"Data Source={_databasePath}");
        builder.UseSetting("Seed:SyntheticArticles", SyntheticArticles.ToString());
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
