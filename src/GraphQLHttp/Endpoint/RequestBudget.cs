namespace GraphQLHttp;

/// <summary>
/// The time one request may spend from parsing to its last resolver (<c>GraphQL:Limits:ExecutionTimeoutSeconds</c>),
/// joined with the client's abort: its token stops parsing's checks, validation, cost analysis, resolvers and SQL.
/// </summary>
internal sealed class RequestBudget : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _requestAborted;

    public RequestBudget(CancellationToken requestAborted, TimeSpan limit)
    {
        _requestAborted = requestAborted;
        Limit = limit;
        _source = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        _source.CancelAfter(limit);
    }

    public TimeSpan Limit { get; }

    public CancellationToken Token => _source.Token;

    /// <summary>True when the time ran out, as opposed to the client going away.</summary>
    public bool IsExhausted => _source.IsCancellationRequested && !_requestAborted.IsCancellationRequested;

    public void Dispose() => _source.Dispose();
}
