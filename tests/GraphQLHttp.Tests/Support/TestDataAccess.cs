namespace GraphQLHttp.Tests;

/// <summary>A data layer that "runs" statements by recording them in the request's scope, as a real one would.</summary>
internal sealed class TestDataAccess : IDataAccessRecorder
{
    private readonly AsyncLocal<Scope?> _current = new();

    public IDataAccessScope BeginRequest() => _current.Value = new Scope();

    public async Task<int> RunTwoStatementsAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < 2; i++)
        {
            await Task.Delay(1, cancellationToken);
            _current.Value?.Record(TimeSpan.FromMilliseconds(1));
        }

        return 2;
    }

    private sealed class Scope : IDataAccessScope
    {
        private int _statements;
        private long _ticks;

        public int Statements => _statements;

        public TimeSpan Duration => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

        public void Record(TimeSpan duration)
        {
            Interlocked.Increment(ref _statements);
            Interlocked.Add(ref _ticks, duration.Ticks);
        }

        public void Dispose()
        {
        }
    }
}
