namespace QueryableGraphQL.Paging;

/// <summary>Configuration section <c>GraphQL:Paging</c>.</summary>
public sealed record CursorPagingOptions
{
    public const string SectionName = "GraphQL:Paging";

    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>Largest <c>first</c> or <c>last</c> a client may ask for.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>
    /// Key that signs cursors so tampered ones are refused. Unset, each <see cref="CursorCodec"/> makes a random one,
    /// so cursors only work within one process: set a shared secret when several instances serve one API.
    /// </summary>
    public string? CursorSigningKey { get; init; }
}
