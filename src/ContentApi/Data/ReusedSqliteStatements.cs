using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Data;

/// <summary>
/// SQLite: a query on a kept-open connection (<see cref="KeptOpenSqliteConnection"/>) runs the statement that
/// connection compiled the last time it ran the same SQL. EF Core creates a new command for every execution and
/// Microsoft.Data.Sqlite compiles each new command's SQL again: for the front page's child lists, compiling was a
/// third of each statement's time in SQLite (BENCHMARKS.md, "Per-request overhead", "Second round").
/// </summary>
internal sealed class ReusedSqliteStatements : DbCommandInterceptor
{
    public static readonly ReusedSqliteStatements Instance = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (result.HasResult || Compiled(command) is not { } compiled)
        {
            return result;
        }

        try
        {
            return InterceptionResult<DbDataReader>.SuppressWithResult(compiled.ExecuteReader());
        }
        catch
        {
            Return(command);
            throw;
        }
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (result.HasResult || Compiled(command) is not { } compiled)
        {
            return result;
        }

        try
        {
            return InterceptionResult<DbDataReader>.SuppressWithResult(await compiled.ExecuteReaderAsync(cancellationToken));
        }
        catch
        {
            Return(command);
            throw;
        }
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Return(command);
        return result;
    }

    /// <summary>A compiled command whose execution failed gave out no reader: it can run again.</summary>
    private static void Return(DbCommand command)
    {
        if (command.Connection is KeptOpenSqliteConnection connection)
        {
            connection.Commands.Return(command);
        }
    }

    /// <summary>Reads only: a write's statements belong to its transaction and to the interceptors that watch writes.</summary>
    private static DbCommand? Compiled(DbCommand command) =>
        command is { Connection: KeptOpenSqliteConnection connection, Transaction: null } && command.CommandText.StartsWith("SELECT", StringComparison.Ordinal)
            ? connection.Commands.Rent(command)
            : null;
}
