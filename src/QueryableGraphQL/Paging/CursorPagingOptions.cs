namespace QueryableGraphQL.Paging;

/// <summary>Configuration section <c>GraphQL:Paging</c>.</summary>
public sealed record CursorPagingOptions
{
    public const string SectionName = "GraphQL:Paging";

    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>Largest <c>first</c> or <c>last</c> a client may ask for.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>Key that signs cursors so tampered ones are refused. Set a secret of your own in production.</summary>
    public string CursorSigningKey { get; init; } = "contentapi-cursor-signing-key";
}
