using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

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

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
