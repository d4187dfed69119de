namespace QueryableGraphQL.Diagnostics;

/// <summary>
/// The SQL statements executed while a <see cref="SqlCommandRecorder"/> scope was active.
/// Disposing the log ends the scope and restores the scope that was active before it.
/// </summary>
public sealed class SqlCommandLog : IDisposable
{
    private readonly object _gate = new();
    private readonly List<string> _commandTexts = [];
    private readonly Action<SqlCommandLog> _onDispose;
    private TimeSpan _duration;
    private bool _disposed;

    internal SqlCommandLog(SqlCommandLog? parent, Action<SqlCommandLog> onDispose)
    {
        Parent = parent;
        _onDispose = onDispose;
    }

    internal SqlCommandLog? Parent { get; }

    public IReadOnlyList<string> CommandTexts
    {
        get
        {
            lock (_gate)
            {
                return _commandTexts.ToArray();
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _commandTexts.Count;
            }
        }
    }

    public TimeSpan Duration
    {
        get
        {
            lock (_gate)
            {
                return _duration;
            }
        }
    }

    internal void Record(string commandText, TimeSpan duration)
    {
        // Resolvers may run in parallel on separate DbContexts, so recording must be thread-safe.
        lock (_gate)
        {
            _commandTexts.Add(commandText);
            _duration += duration;
        }
    }

    /// <summary>Time a statement went on to take after it was recorded: reading its rows.</summary>
    internal void AddDuration(TimeSpan duration)
    {
        lock (_gate)
        {
            _duration += duration;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _onDispose(this);
    }
}
