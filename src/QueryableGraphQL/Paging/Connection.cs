namespace QueryableGraphQL.Paging;

/// <summary>One page of a list, Relay style. <see cref="TotalCount"/> is null when the client did not ask for it.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public static Connection<T> Empty { get; } = new([], new PageInfo(false, false, null, null), 0);

    public IEnumerable<T> Nodes => Edges.Select(edge => edge.Node);
}
