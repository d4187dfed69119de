using Microsoft.EntityFrameworkCore;

namespace ContentApi.Seeding;

/// <summary>
/// Serialises seeding across instances with the database's own lock, held until the seed transaction ends: an
/// advisory transaction lock on PostgreSQL, an application lock owned by the transaction on SQL Server. SQLite
/// needs none: its transactions begin IMMEDIATE, taking the database's write lock up front.
/// </summary>
internal static class SeedLock
{
    private const long PostgreSqlKey = 0x436F6E74656E74; // "Content"
    private const string SqlServerResource = "ContentApi.Seed";

    public static async Task AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgreSqlKey})", cancellationToken);
        }
        else if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlAsync(
                $"EXEC sp_getapplock @Resource = {SqlServerResource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = -1",
                cancellationToken);
        }
    }
}
