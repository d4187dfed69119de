using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>
/// A PostgreSQL advisory lock held by the migrating connection for the whole migration run; it ends with the
/// session, so a process killed mid-migration leaves nothing behind. Other providers need none: SQL Server's
/// migration lock is already held for the session, SQLite's by <see cref="SqliteMigrationLock"/>'s row.
/// </summary>
internal sealed class MigrationSessionLock(DbContext db) : IAsyncDisposable
{
    private const long Key = 0x436F6E744D6967; // "ContMig"

    public static async Task<IAsyncDisposable> AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new MigrationSessionLock(db) { _held = false };
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", cancellationToken);
        return new MigrationSessionLock(db) { _held = true };
    }

    private bool _held;

    public async ValueTask DisposeAsync()
    {
        if (_held)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
