namespace GraphQLHttp;

/// <summary>The recorder of a host that registered none: every request ran no statements.</summary>
internal sealed class NoDataAccessRecorder : IDataAccessRecorder
{
    public IDataAccessScope BeginRequest() => EmptyScope.Instance;

    private sealed class EmptyScope : IDataAccessScope
    {
        public static readonly EmptyScope Instance = new();

        public int Statements => 0;

        public TimeSpan Duration => TimeSpan.Zero;

        public void Dispose()
        {
        }
    }
}
