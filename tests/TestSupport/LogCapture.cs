using Microsoft.Extensions.Logging;

namespace TestSupport;

/// <summary>A logger provider that keeps every entry, for tests about what a host logged and how often.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToList();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        lock (_entries)
        {
            _entries.Add(entry);
        }
    }

    private sealed class CapturingLogger(string category, LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => capture.Add(new LogEntry(category, logLevel, formatter(state, exception))
            {
                State = (state as IEnumerable<KeyValuePair<string, object?>> ?? []).DistinctBy(v => v.Key).ToDictionary(v => v.Key, v => v.Value),
            });
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message)
{
    /// <summary>The entry's structured values (message template arguments), by name.</summary>
    public IReadOnlyDictionary<string, object?> State { get; init; } = new Dictionary<string, object?>();
}
