using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Support;

/// <summary>
/// The real host (Program.cs and its registrations) on a SQLite file of its own, seeded from the repository's
/// seeds/ at start, with an optional synthetic corpus.
/// </summary>
public class ContentApiFactory : WebApplicationFactory<Program>
{
    /// <summary>A fixed key, so hosts outside Development start and cursors stay valid across a restarted host.</summary>
    public const string CursorSigningKey = "contentapi-tests-cursor-signing-key-0123456789";

    private readonly string _databasePath;

    public ContentApiFactory() : this(Path.Combine(Path.GetTempPath(), $"contentapi-tests-{Guid.NewGuid():N}.db"))
    {
    }

    /// <summary>A host on an existing database file, to restart the API on the data another host left.</summary>
    protected ContentApiFactory(string databasePath) => _databasePath = databasePath;

    protected virtual int SyntheticArticles => 0;

    /// <summary>Development by default: it turns on the Server-Timing header the SQL tests read.</summary>
    protected virtual string Environment => "Development";

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>False when a test owns the file and deletes it itself (a restarted host shares it).</summary>
    protected virtual bool DeleteDatabaseOnDispose => true;

    public string DatabasePath => _databasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Content", $"Data Source={_databasePath}");
        builder.UseSetting("Seed:SyntheticArticles", SyntheticArticles.ToString());
        builder.UseSetting("GraphQL:Paging:CursorSigningKey", CursorSigningKey);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // Lets a SqlCommandRecorder scope opened by a test see the SQL of the requests it sends (AsyncLocal flow).
        builder.ConfigureTestServices(services => services.Configure<TestServerOptions>(o => o.PreserveExecutionContext = true));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (DeleteDatabaseOnDispose)
        {
            DatabaseFiles.Delete(_databasePath);
        }
    }
}
