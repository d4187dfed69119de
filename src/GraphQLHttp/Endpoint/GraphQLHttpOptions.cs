namespace GraphQLHttp;

/// <summary>Transport settings, bound from <c>GraphQL:Http</c>.</summary>
internal sealed record GraphQLHttpOptions
{
    /// <summary><c>max-age</c> of successful GET query responses. 0 turns HTTP caching off.</summary>
    public int MaxAgeSeconds { get; init; } = 60;

    /// <summary>Emit the Server-Timing header. Unset means on in Development only.</summary>
    public bool? ServerTiming { get; init; }
}
