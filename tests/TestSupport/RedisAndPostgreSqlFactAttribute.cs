namespace TestSupport;

/// <summary>
/// A test that starts a private Redis and uses the private PostgreSQL cluster: skipped when either server is
/// missing, except in CI where it fails.
/// </summary>
public sealed class RedisAndPostgreSqlFactAttribute : Xunit.FactAttribute
{
    public RedisAndPostgreSqlFactAttribute() => Skip = SkipReason;

    public static string? SkipReason =>
        InstalledServer.SkipReason("redis-server", "redis-server")
        ?? (PostgreSqlBinaries.IsInstalled || InstalledServer.IsCi
            ? null
            : "PostgreSQL is not installed; install it with 'sudo apt-get install postgresql' to run this test (CI=true makes it fail instead).");
}
