using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Support;

internal static class DatabaseFiles
{
    public static string NewTempPath() => Path.Combine(Path.GetTempPath(), $"contentapi-tests-{Guid.NewGuid():N}.db");

    public static void Delete(string databasePath)
    {
        // Pooled SQLite connections keep the file open; release them so the file can go.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
