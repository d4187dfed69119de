using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SqliteArticleSearch = ContentApi.Data.Migrations.ArticleSearch;

namespace ContentApi.Search;

/// <summary>
/// SQLite: adds the articles a transaction changed back to the full-text index just before it commits, in the same
/// transaction, in one statement (the triggers took them out and listed them in ArticleSearchPending). Every
/// transaction EF Core commits passes here, whichever feature wrote; SaveChanges is made to open one even for a
/// single statement, which it would otherwise run without.
/// </summary>
internal sealed class SqliteSearchCommitInterceptor : IDbTransactionInterceptor, ISaveChangesInterceptor
{
    public static readonly SqliteSearchCommitInterceptor Instance = new();

    private const string ExistsSql = """SELECT count(*) FROM sqlite_master WHERE name = 'ArticleSearchPending'""";

    // Databases known to have the index; until then (migrations of a new file commit too) each commit checks.
    private readonly ConcurrentDictionary<string, bool> _indexed = new(StringComparer.Ordinal);

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AlwaysInTransaction(eventData);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AlwaysInTransaction(eventData);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (transaction is SqliteTransaction && IsIndexed(transaction))
        {
            using var command = Command(transaction, SqliteArticleSearch.RefreshSql);
            command.ExecuteNonQuery();
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (transaction is SqliteTransaction && IsIndexed(transaction))
        {
            await using var command = Command(transaction, SqliteArticleSearch.RefreshSql);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

    private static void AlwaysInTransaction(DbContextEventData eventData)
    {
        if (eventData.Context?.Database.IsSqlite() == true)
        {
            eventData.Context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private bool IsIndexed(DbTransaction transaction)
    {
        var database = transaction.Connection!.ConnectionString;
        if (_indexed.ContainsKey(database))
        {
            return true;
        }

        using var command = Command(transaction, ExistsSql);
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return false;
        }

        _indexed.TryAdd(database, true);
        return true;
    }

    private static DbCommand Command(DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
