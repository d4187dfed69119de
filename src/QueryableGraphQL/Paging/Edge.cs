namespace QueryableGraphQL.Paging;

/// <summary>
/// An item of a page with its cursor. A page read from the database encodes (serialises and signs) the cursor
/// when it is first read, not when the page is built: most clients select the nodes and <c>endCursor</c> alone.
/// </summary>
public sealed class Edge<T>
{
    private readonly CursorCodec? _codec;
    private readonly KeysetOrdering? _ordering;
    private readonly object?[]? _keys;
    private string? _cursor;

    public Edge(string cursor, T node)
    {
        _cursor = cursor;
        Node = node;
    }

    internal Edge(CursorCodec codec, KeysetOrdering ordering, object?[] keys, T node)
    {
        _codec = codec;
        _ordering = ordering;
        _keys = keys;
        Node = node;
    }

    public T Node { get; }

    // Sibling fields may resolve in parallel; two threads encoding the same cursor write the same string.
    public string Cursor => _cursor ??= _codec!.Encode(_ordering!, _keys!);
}
