using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ContentApi.Search;

/// <summary>
/// Bulk inserts of new articles (the synthetic corpus) on SQLite: the search index's insert triggers are dropped for
/// the inserts and re-created from their own stored definitions afterwards, and the inserted articles are listed as
/// pending in one statement, so the commit indexes them as it indexes any other write. All of it happens in the
/// caller's transaction (SQLite's schema changes are transactional): other connections never see the triggers
/// missing, and a rollback restores them. Fired per row, the two triggers cost more than the whole index build
/// (each statement that fires one keeps a journal of the pages it touches); new articles need neither of them.
/// Elsewhere, and when the database has no search index, it does nothing.
/// </summary>
internal sealed class SearchIndexBulkInsert
{
    private const string InsertTriggersSql = """
        SELECT "name", "sql" FROM "sqlite_master"
        WHERE "type" = 'trigger' AND "name" IN ('ArticleSearch_ArticleInserted', 'ArticleSearch_QuoteInserting')
        """;

    private const string ListPendingSql = """
        INSERT OR IGNORE INTO "ArticleSearchPending"("ArticleId") SELECT "Id" FROM "Articles" WHERE "Id" BETWEEN $first AND $last
        """;

    private readonly DbTransaction _transaction;
    private readonly List<string> _definitions;

    private SearchIndexBulkInsert(DbTransaction transaction, List<string> definitions) =>
        (_transaction, _definitions) = (transaction, definitions);

    /// <summary>Call before inserting new articles (and their quotes and topics), with nothing else written in between.</summary>
    public static async Task<SearchIndexBulkInsert> BeginAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        var definitions = new List<string>();
        if (transaction is not SqliteTransaction)
        {
            return new SearchIndexBulkInsert(transaction, definitions);
        }

        var names = new List<string>();
        await using (var read = Command(transaction, InsertTriggersSql))
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
            await using var drop = Command(transaction, $"""DROP TRIGGER "{name}";""");
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SearchIndexBulkInsert(transaction, definitions);
    }

    /// <summary>Restores the triggers and lists the articles with ids in [<paramref name="firstId"/>, <paramref name="lastId"/>] for indexing.</summary>
    public async Task CompleteAsync(int firstId, int lastId, CancellationToken cancellationToken)
    {
        if (_definitions.Count == 0)
        {
            return;
        }

        foreach (var definition in _definitions)
        {
            await using var create = Command(_transaction, definition);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var list = Command(_transaction, ListPendingSql);
        list.Parameters.Add(new SqliteParameter("$first", firstId));
        list.Parameters.Add(new SqliteParameter("$last", lastId));
        await list.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
