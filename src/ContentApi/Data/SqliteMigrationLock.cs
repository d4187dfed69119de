using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>
/// EF Core's SQLite migration lock is a row in <c>__EFMigrationsLock</c>; a process killed mid-migration leaves it
/// behind and every later start would wait for it for ever. A row older than the configured age is taken to be
/// stale: logged and removed. A younger one is waited for, with a log line saying so.
/// </summary>
internal sealed class SqliteMigrationLock(ContentDbContext db, TimeSpan staleAfter, ILogger logger)
{
    public const string Table = "__EFMigrationsLock";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public async Task ClearIfStaleAsync(CancellationToken cancellationToken)
    {
        var waiting = false;
        while (await ReadAcquiredAtAsync(cancellationToken) is { } acquiredAt)
        {
            var age = DateTimeOffset.UtcNow - acquiredAt;
            if (age >= staleAfter)
            {
                logger.LogWarning("Removing a stale migration lock taken at {AcquiredAt:O} ({Age:N0} s ago, over Database:MigrationLockTimeoutSeconds = {Timeout}): a previous start died while migrating",
                    acquiredAt, age.TotalSeconds, staleAfter.TotalSeconds);
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{Table}\"", cancellationToken);
                return;
            }

            if (!waiting)
            {
                logger.LogWarning("Waiting for the migration lock taken at {AcquiredAt:O} by another process; it counts as stale after {Timeout} s",
                    acquiredAt, staleAfter.TotalSeconds);
                waiting = true;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private async Task<DateTimeOffset?> ReadAcquiredAtAsync(CancellationToken cancellationToken)
    {
        var exists = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {Table}")
            .SingleAsync(cancellationToken);
        if (exists == 0)
        {
            return null;
        }

        var stamps = await db.Database.SqlQueryRaw<string>($"SELECT CAST(\"Timestamp\" AS TEXT) AS \"Value\" FROM \"{Table}\"")
            .ToListAsync(cancellationToken);
        return stamps.Count == 0
            ? null
            : DateTimeOffset.TryParse(stamps[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp)
                ? stamp
                : DateTimeOffset.MinValue;
    }
}
