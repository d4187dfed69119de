using ContentApi.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace ContentApi.Tests.Support;

/// <summary>
/// The real host (Program.cs and its registrations) on a database of its own, seeded from the repository's
/// seeds/ at start, with an optional synthetic corpus: a SQLite file, or with <see cref="Provider"/> overridden,
/// a fresh database in the test run's private PostgreSQL cluster (skipped when PostgreSQL is not installed).
/// </summary>
public class ContentApiFactory : WebApplicationFactory<Program>
{
    /// <summary>A fixed key, so hosts outside Development start and cursors stay valid across a restarted host.</summary>
    public const string CursorSigningKey = "contentapi-tests-cursor-signing-key-0123456789";

    private readonly string _databasePath;
    private string? _serverConnectionString;

    public ContentApiFactory() : this(Path.Combine(Path.GetTempPath(), $"contentapi-tests-{Guid.NewGuid():N}.db"))
    {
    }

    /// <summary>A host on an existing database file, to restart the API on the data another host left.</summary>
    protected ContentApiFactory(string databasePath) => _databasePath = databasePath;

    /// <summary>A host on an existing server database, to run several hosts on one database.</summary>
    protected ContentApiFactory(string databasePath, string serverConnectionString) : this(databasePath) =>
        _serverConnectionString = serverConnectionString;

    protected virtual int SyntheticArticles => 0;

    /// <summary>Development by default: it turns on the Server-Timing header the SQL tests read.</summary>
    protected virtual string Environment => "Development";

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>False when a test owns the file and deletes it itself (a restarted host shares it).</summary>
    protected virtual bool DeleteDatabaseOnDispose => true;

    public string DatabasePath => _databasePath;

    public virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The database's connection string; for PostgreSQL, creating the database on first use.</summary>
    public string ConnectionString => Provider == DatabaseProvider.Sqlite
        ? $"Data Source={_databasePath}"
        : _serverConnectionString ??= PostgreSqlCluster.Shared.CreateDatabase("contentapi");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("ConnectionStrings:Content", ConnectionString);
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
