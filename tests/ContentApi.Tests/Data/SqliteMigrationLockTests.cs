using ContentApi.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Data;

/// <summary>
/// A start that finds the SQLite migration lock left by a process killed mid-migration recovers instead of
/// waiting for ever: a lock older than Database:MigrationLockTimeoutSeconds is logged and removed.
/// </summary>
public sealed class SqliteMigrationLockTests
{
    [Fact]
    public async Task Start_after_a_crash_that_left_the_migration_lock_behind_recovers()
    {
        var path = DatabaseFiles.NewTempPath();
        try
        {
            FileBackedFactory.Run(path);
            Execute(path, """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-01-01 10:00:00+00:00');
                """);

            var restart = Task.Run(() => FileBackedFactory.Run(path));

            Assert.Same(restart, await Task.WhenAny(restart, Task.Delay(TimeSpan.FromSeconds(60))));
            await restart;
            Assert.Equal(0, DatabaseDump.Count(path, "__EFMigrationsLock"));
            Assert.Equal(2, DatabaseDump.Count(path, "Articles"));
        }
        finally
        {
            DatabaseFiles.Delete(path);
        }
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
