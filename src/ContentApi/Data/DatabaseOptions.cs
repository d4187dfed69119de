namespace ContentApi.Data;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed record DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Seconds one SQL command may run before the provider cancels it.</summary>
    public int CommandTimeoutSeconds { get; init; } = 30;

    /// <summary>Retries of an operation that failed transiently (server databases only).</summary>
    public int MaxRetryCount { get; init; } = 5;

    /// <summary>Longest wait between two retries, in seconds (server databases only).</summary>
    public int MaxRetryDelaySeconds { get; init; } = 10;

    /// <summary>
    /// Server databases migrate and seed at start only when this is true; otherwise run the <c>migrate</c> and
    /// <c>seed</c> commands. SQLite always migrates and seeds itself.
    /// </summary>
    public bool MigrateOnStartup { get; init; }

    /// <summary>
    /// Age after which a migration lock left by a process that died mid-migration (SQLite's
    /// <c>__EFMigrationsLock</c> row) is taken to be stale, logged and removed.
    /// </summary>
    public int MigrationLockTimeoutSeconds { get; init; } = 60;

    public bool IsServer => Provider != DatabaseProvider.Sqlite;
}
