using System.Data.Common;

namespace ContentApi.Data;

/// <summary>
/// One prepared INSERT reused for many rows inside a transaction: the bulk path for large imports, which
/// would otherwise pay change tracking and a statement build per entity.
/// </summary>
internal sealed class PreparedInsert : IAsyncDisposable
{
    private readonly DbCommand _command;
    private bool _prepared;

    private PreparedInsert(DbCommand command) => _command = command;

    public static Task<PreparedInsert> CreateAsync(
        DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns, Func<string, string> quote)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = columns.Select((_, i) => $"@p{i}").ToList();
        command.CommandText =
            $"INSERT INTO {quote(table)} ({string.Join(", ", columns.Select(quote))}) VALUES ({string.Join(", ", names)})";
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return Task.FromResult(new PreparedInsert(command));
    }

    public async Task ExecuteAsync(CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        // Prepared once the first row's values give the parameters their types, which PostgreSQL needs.
        if (!_prepared)
        {
            await _command.PrepareAsync(cancellationToken);
            _prepared = true;
        }

        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
