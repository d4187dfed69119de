using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace QueryableGraphQL.Diagnostics;

/// <summary>
/// Records every SQL command EF Core executes into the <see cref="SqlCommandLog"/> of the current
/// async flow. Register as a singleton and add it to the DbContext with <c>options.AddInterceptors</c>.
/// </summary>
public sealed class SqlCommandRecorder : DbCommandInterceptor
{
    private readonly AsyncLocal<SqlCommandLog?> _current = new();

    /// <summary>The log of the innermost open scope in this async flow, if any.</summary>
    public SqlCommandLog? Current => _current.Value;

    /// <summary>
    /// Starts recording for the current async flow (and the tasks it starts) until the returned log is disposed.
    /// Commands are recorded in every enclosing scope, so a request scope still sees commands of a nested test scope.
    /// </summary>
    public SqlCommandLog BeginScope()
    {
        var log = new SqlCommandLog(_current.Value, EndScope);
        _current.Value = log;
        return log;
    }

    private void EndScope(SqlCommandLog log)
    {
        if (ReferenceEquals(_current.Value, log))
        {
            _current.Value = log.Parent;
        }
    }

    private void Record(DbCommand command, TimeSpan duration)
    {
        for (var log = _current.Value; log is not null; log = log.Parent)
        {
            log.Record(command.CommandText, duration);
        }
    }

    // A reader's time runs until it is closed: rows are produced while they are read, after "executed" fired.
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Timed(command, eventData, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Timed(command, eventData, result));

    /// <summary>Counts the statement now, in the scopes open now, and adds the reading time to them on close.</summary>
    private DbDataReader Timed(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        var log = _current.Value;
        if (log is null)
        {
            return result;
        }

        Record(command, eventData.Duration);
        if (eventData.CommandSource == CommandSource.SaveChanges)
        {
            // Providers' update pipelines read their own reader type (Npgsql casts to it); a write's rows are few.
            return result;
        }

        return new TimedDataReader(result, reading =>
        {
            for (var scope = log; scope is not null; scope = scope.Parent)
            {
                scope.AddDuration(reading);
            }
        });
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData)
        => Record(command, eventData.Duration);

    public override Task CommandFailedAsync(
        DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData)
        => Record(command, eventData.Duration);

    public override Task CommandCanceledAsync(
        DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return Task.CompletedTask;
    }
}
