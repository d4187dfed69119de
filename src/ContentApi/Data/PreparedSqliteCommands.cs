using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ContentApi.Data;

/// <summary>
/// The compiled statements of one kept-open connection (<see cref="KeptOpenSqliteConnection"/>), by SQL text. Only the
/// connection's one user at a time touches them, so nothing here locks.
/// </summary>
internal sealed class PreparedSqliteCommands(SqliteConnection connection)
{
    /// <summary>Distinct statements kept per connection; past it the idle ones are dropped and compiled again as needed.</summary>
    private const int Capacity = 32;

    private readonly Dictionary<string, Entry> _commands = new(StringComparer.Ordinal);

    /// <summary>
    /// The compiled command for <paramref name="template"/>'s SQL, given its parameters, transaction and timeout; null
    /// when that command's reader is still open or the SQL does not compile (the caller then runs the template itself,
    /// which reports the error as it always does).
    /// </summary>
    public SqliteCommand? Rent(DbCommand template)
    {
        if (!_commands.TryGetValue(template.CommandText, out var entry))
        {
            if (_commands.Count == Capacity)
            {
                Clear();
            }

            if (Compile(template) is not { } compiled)
            {
                return null;
            }

            _commands[template.CommandText] = entry = new Entry(compiled);
        }

        if (entry.RentedBy is not null)
        {
            return null;
        }

        var command = entry.Command;
        command.Parameters.Clear();
        // The template's own parameters, as EF Core typed them: a copy would have to know which of their types were
        // set and which inferred from the value.
        foreach (SqliteParameter parameter in template.Parameters)
        {
            command.Parameters.Add(parameter);
        }

        command.Transaction = (SqliteTransaction?)template.Transaction;
        command.CommandTimeout = template.CommandTimeout;
        entry.RentedBy = template;
        return command;
    }

    /// <summary>
    /// The reader <paramref name="template"/> got is being disposed: if that was the compiled command's reader (not a
    /// reader of the template's own, run while the compiled one was busy), the command can run again.
    /// </summary>
    public void Return(DbCommand template)
    {
        if (_commands.TryGetValue(template.CommandText, out var entry) && ReferenceEquals(entry.RentedBy, template))
        {
            entry.RentedBy = null;
        }
    }

    private void Clear()
    {
        foreach (var (sql, entry) in _commands.ToList())
        {
            if (entry.RentedBy is null)
            {
                entry.Command.Dispose();
                _commands.Remove(sql);
            }
        }
    }

    private SqliteCommand? Compile(DbCommand template)
    {
        var command = connection.CreateCommand();
        command.CommandText = template.CommandText;
        command.Transaction = (SqliteTransaction?)template.Transaction;
        try
        {
            command.Prepare();
            return command;
        }
        catch (Exception failure) when (failure is SqliteException or InvalidOperationException)
        {
            command.Dispose();
            return null;
        }
    }

    private sealed class Entry(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        /// <summary>The command EF Core executed through this one, while its reader is open.</summary>
        public DbCommand? RentedBy { get; set; }
    }
}
