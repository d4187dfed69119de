using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace ContentApi.Search;

/// <summary>
/// SQLite: keeps each connection's temporary files, among them the statement journal, in memory. A statement that
/// fires the search index's triggers saves every page it touches to that journal (a trigger could fail half-way);
/// on disk, after the first statement larger than 64 KiB, that was a file write per page and made each inserted
/// article and quote several times dearer (bulk imports ran 2-3 times slower).
/// </summary>
internal sealed class SqliteStatementJournalInMemory : DbConnectionInterceptor
{
    public static readonly SqliteStatementJournalInMemory Instance = new();

    private const string Pragma = "PRAGMA temp_store = MEMORY";

    // The setting lives on the native connection, which the pool hands out again and again: set it on the first
    // open of each, not on every request's opens.
    private readonly ConditionalWeakTable<sqlite3, object> _set = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Unset(connection) is { } handle)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
            _set.AddOrUpdate(handle, Instance);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Unset(connection) is { } handle)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _set.AddOrUpdate(handle, Instance);
        }
    }

    private sqlite3? Unset(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && !_set.TryGetValue(handle, out _) ? handle : null;
}
