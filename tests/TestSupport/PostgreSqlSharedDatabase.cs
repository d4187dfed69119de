namespace TestSupport;

/// <summary>
/// A fresh database on the run's private PostgreSQL cluster, which several in-process hosts share as a scaled-out
/// deployment shares its server database. The first host to start migrates and seeds it.
/// </summary>
public sealed class PostgreSqlSharedDatabase : ISharedDatabase
{
    private readonly Lazy<string> _connectionString = new(() => PostgreSqlCluster.Shared.CreateDatabase("shared"));

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Content"] = _connectionString.Value,
        ["Database:MigrateOnStartup"] = "true",
    };

    // The cluster, with every database on it, is removed when the test run ends.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
