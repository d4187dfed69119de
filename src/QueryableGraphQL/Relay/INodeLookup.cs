using GraphQL;

namespace QueryableGraphQL.Relay;

/// <summary>A node type's way back from keys to objects, for <see cref="NodeQueries"/>.</summary>
internal interface INodeLookup
{
    Task<IEnumerable<KeyValuePair<int, object>>> FindAsync(IResolveFieldContext context, IReadOnlyList<int> keys);
}
