namespace QueryableGraphQL.Paging;

/// <summary>Where a page sits in the whole list. The cursors are the first and last edges', encoded when read.</summary>
public sealed class PageInfo
{
    private readonly Func<string?> _startCursor;
    private readonly Func<string?> _endCursor;

    public PageInfo(bool hasNextPage, bool hasPreviousPage, string? startCursor, string? endCursor)
        : this(hasNextPage, hasPreviousPage, () => startCursor, () => endCursor)
    {
    }

    private PageInfo(bool hasNextPage, bool hasPreviousPage, Func<string?> startCursor, Func<string?> endCursor)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _startCursor = startCursor;
        _endCursor = endCursor;
    }

    public bool HasNextPage { get; }

    public bool HasPreviousPage { get; }

    public string? StartCursor => _startCursor();

    public string? EndCursor => _endCursor();

    internal static PageInfo Of<T>(bool hasNextPage, bool hasPreviousPage, IReadOnlyList<Edge<T>> edges) =>
        edges.Count == 0
            ? new PageInfo(hasNextPage, hasPreviousPage, startCursor: (string?)null, endCursor: null)
            : new PageInfo(hasNextPage, hasPreviousPage, () => edges[0].Cursor, () => edges[^1].Cursor);
}
