using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Data;

/// <summary>
/// A pooled context's own SQLite connection (<see cref="SqliteConnectionPerContext"/>): EF Core opens it on the
/// context's first statement, running the connection interceptors as for any open, and <see cref="Interceptor"/>
/// keeps EF Core from closing it after each statement. It is closed when disposed, with its compiled statements.
/// </summary>
internal sealed class KeptOpenSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    public static readonly DbConnectionInterceptor Interceptor = new KeepOpen();

    private PreparedSqliteCommands? _commands;

    /// <summary>Its statements, compiled once and run again (<see cref="ReusedSqliteStatements"/>).</summary>
    public PreparedSqliteCommands Commands => _commands ??= new PreparedSqliteCommands(this);

    private sealed class KeepOpen : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            connection is KeptOpenSqliteConnection ? InterceptionResult.Suppress() : result;

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(ConnectionClosing(connection, eventData, result));
    }
}
