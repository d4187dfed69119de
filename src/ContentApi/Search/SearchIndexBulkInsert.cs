using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ContentApi.Search;

/// <summary>
/// Bulk inserts of new articles (the synthetic corpus), all in the caller's transaction. Fired per row, the index's
/// insert triggers cost more than building the index, and new articles need none of their work.
/// <list type="bullet">
/// <item>SQLite: the two insert triggers are dropped for the inserts and re-created from their own stored
/// definitions afterwards (schema changes are transactional: other connections never see them missing, and a
/// rollback restores them), and the articles are listed as pending for the commit to index. A statement that fires
/// a trigger journals every page it touches.</item>
/// <item>PostgreSQL: the insert triggers' WHEN condition skips them while <c>content_search.bulk_insert</c> is on
/// (set for this transaction only), and the articles' vectors are built in one statement afterwards.</item>
/// </list>
/// Elsewhere, and on a database without the search index, it does nothing.
/// </summary>
internal sealed class SearchIndexBulkInsert
{
    private const string SqliteInsertTriggersSql = """
        SELECT "name", "sql" FROM "sqlite_master"
        WHERE "type" = 'trigger' AND "name" IN ('ArticleSearch_ArticleInserted', 'ArticleSearch_QuoteInserting')
        """;

    private const string SqliteListPendingSql = """
        INSERT OR IGNORE INTO "ArticleSearchPending"("ArticleId") SELECT "Id" FROM "Articles" WHERE "Id" BETWEEN $first AND $last
        """;

    private const string PostgreSqlBeginSql = "SELECT set_config('content_search.bulk_insert', 'on', true)";

    private const string PostgreSqlCompleteSql = """
        SELECT set_config('content_search.bulk_insert', 'off', true);
        SELECT content_search_refresh(ARRAY(SELECT "Id" FROM "Articles" WHERE "Id" BETWEEN @first AND @last));
        """;

    private readonly DbTransaction _transaction;
    private readonly List<string> _sqliteTriggers;

    private SearchIndexBulkInsert(DbTransaction transaction, List<string> sqliteTriggers) =>
        (_transaction, _sqliteTriggers) = (transaction, sqliteTriggers);

    /// <summary>Call before inserting new articles (and their quotes and topics), with nothing else written until <see cref="CompleteAsync"/>.</summary>
    public static async Task<SearchIndexBulkInsert> BeginAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        var sqliteTriggers = new List<string>();
        switch (transaction)
        {
            case SqliteTransaction:
                await DropSqliteInsertTriggersAsync(transaction, sqliteTriggers, cancellationToken);
                break;
            case NpgsqlTransaction:
                await ExecuteAsync(transaction, PostgreSqlBeginSql, cancellationToken);
                break;
        }

        return new SearchIndexBulkInsert(transaction, sqliteTriggers);
    }

    /// <summary>Restores the triggers and indexes the articles with ids in [<paramref name="firstId"/>, <paramref name="lastId"/>].</summary>
    public async Task CompleteAsync(int firstId, int lastId, CancellationToken cancellationToken)
    {
        switch (_transaction)
        {
            case SqliteTransaction when _sqliteTriggers.Count > 0:
                foreach (var definition in _sqliteTriggers)
                {
                    await ExecuteAsync(_transaction, definition, cancellationToken);
                }

                await ExecuteAsync(_transaction, SqliteListPendingSql, cancellationToken, new SqliteParameter("$first", firstId), new SqliteParameter("$last", lastId));
                break;
            case NpgsqlTransaction:
                await ExecuteAsync(_transaction, PostgreSqlCompleteSql, cancellationToken, new NpgsqlParameter("first", firstId), new NpgsqlParameter("last", lastId));
                break;
        }
    }

    private static async Task DropSqliteInsertTriggersAsync(DbTransaction transaction, List<string> definitions, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using (var read = Command(transaction, SqliteInsertTriggersSql))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
                definitions.Add(reader.GetString(1));
            }
        }

        foreach (var name in names)
        {
            await ExecuteAsync(transaction, $"""DROP TRIGGER "{name}";""", cancellationToken);
        }
    }

    private static async Task ExecuteAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken, params DbParameter[] parameters)
    {
        await using var command = Command(transaction, sql);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
