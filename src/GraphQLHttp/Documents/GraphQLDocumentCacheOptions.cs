namespace GraphQLHttp;

/// <summary>The parsed-document cache, bound from <c>GraphQL:DocumentCache</c>.</summary>
internal sealed record GraphQLDocumentCacheOptions
{
    /// <summary>How many parsed and validated documents are kept; the least recently used go first.</summary>
    public int MaxEntries { get; init; } = 1_000;
}
