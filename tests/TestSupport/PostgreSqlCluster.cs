using Npgsql;

namespace TestSupport;

/// <summary>
/// A private PostgreSQL cluster on a free loopback port in a temp folder, started from the installed binaries
/// once per test run and removed when the run ends (or by the next run, if this one is killed). Each test class
/// takes a fresh database of its own.
/// </summary>
public sealed class PostgreSqlCluster : IDisposable
{
    private const string Account = "postgres";
    private static readonly Lazy<PostgreSqlCluster> SharedCluster = new(Start);
    private readonly string _bin;
    private readonly string _folder;
    private int _databases;

    private PostgreSqlCluster(string bin, string folder, int port)
    {
        (_bin, _folder, Port) = (bin, folder, port);
    }

    public int Port { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The run's cluster, started on first use; skips the calling test (fails it in CI) when PostgreSQL is not installed.</summary>
    public static PostgreSqlCluster Shared
    {
        get
        {
            ServerBinaries.Require(PostgreSqlBinaries.Folder, "PostgreSQL", "postgresql");
            return SharedCluster.Value;
        }
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Account, Database = database, Pooling = true }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase(string prefix = "test")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            ServerProcess.Run(Path.Combine(_bin, "pg_ctl"), Account, "stop", "-D", DataFolder, "-m", "immediate", "-w");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static PostgreSqlCluster Start()
    {
        var bin = PostgreSqlBinaries.Folder!;
        AbandonedServers.Reap("contentapi-pg-*", abandoned => ServerProcess.Run(Path.Combine(bin, "pg_ctl"), Account, "stop",
            "-D", Path.Combine(abandoned, "data"), "-m", "immediate", "-w"));
        var folder = Directory.CreateTempSubdirectory("contentapi-pg-").FullName;
        AbandonedServers.Claim(folder);
        ServerProcess.HandOver(folder, Account);
        var cluster = new PostgreSqlCluster(bin, folder, FreePort.Next());
        ServerProcess.Run(Path.Combine(bin, "initdb"), Account, "-D", cluster.DataFolder, "-U", Account, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync");
        var settings = $"-p {cluster.Port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        ServerProcess.Run(Path.Combine(bin, "pg_ctl"), Account, "start", "-D", cluster.DataFolder, "-o", settings,
            "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    }
}
