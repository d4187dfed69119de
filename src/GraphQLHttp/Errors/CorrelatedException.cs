namespace GraphQLHttp;

/// <summary>
/// Wraps an unhandled resolver exception with the id under which it was logged, so the error sent to the client
/// can name the log entry without revealing anything about the exception itself.
/// </summary>
internal sealed class CorrelatedException(string correlationId, Exception inner)
    : Exception("An unexpected error occurred.", inner)
{
    public string CorrelationId { get; } = correlationId;
}
