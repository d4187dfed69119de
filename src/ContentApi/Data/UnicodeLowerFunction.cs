using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Data;

/// <summary>
/// Replaces SQLite's ASCII-only <c>lower()</c> on each connection with .NET's invariant lower-casing, so
/// case-insensitive text filters fold <c>É</c> to <c>é</c> as PostgreSQL and SQL Server do. Chosen over a folded
/// shadow column: no extra column or migration per text field, and the same SQL on every provider.
/// </summary>
internal sealed class UnicodeLowerFunction : DbConnectionInterceptor
{
    public static readonly UnicodeLowerFunction Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>("lower", text => text?.ToLowerInvariant(), isDeterministic: true);
        }
    }
}
