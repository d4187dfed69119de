using GraphQL;
using GraphQL.Types;

namespace QueryableGraphQL.Relay;

/// <summary>The root fields <c>node(id:)</c> and <c>nodes(ids:)</c>, resolved with one statement per type.</summary>
public static class NodeQueries
{
    /// <summary>Adds <c>node</c> and <c>nodes</c> to a query type; every <see cref="NodeGraphType{TContext, TEntity}"/> of the schema is reachable.</summary>
    public static void AddNodeFields(this ObjectGraphType query)
    {
        query.Field<NodeInterfaceGraphType>("node").Description("The object with this global id, or null when it no longer exists.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id returned by this API.")
            .ResolveAsync(async context => (await ResolveManyAsync(context, [context.GetArgument<string>("id")]))[0]);
        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceGraphType>>>("nodes")
            .Description("The objects with these global ids, in the same order; null where one no longer exists.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids returned by this API.")
            .ResolveAsync(async context => await ResolveManyAsync(context, context.GetArgument<List<string>>("ids")));
    }

    private static async Task<IReadOnlyList<object?>> ResolveManyAsync(IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        // Every id is checked before anything is read, so one bad id fails the field without a wasted query.
        var decoded = ids.Select(GlobalId.Decode).ToList();
        var lookups = new Dictionary<string, INodeLookup>();
        for (var i = 0; i < decoded.Count; i++)
        {
            var typeName = decoded[i].TypeName;
            if (!lookups.ContainsKey(typeName))
            {
                lookups[typeName] = context.Schema.AllTypes[typeName] as INodeLookup
                    ?? throw GlobalId.Invalid(ids[i], $"No type is called '{typeName}'.");
            }
        }

        var found = new Dictionary<(string TypeName, int Key), object>();
        foreach (var group in decoded.GroupBy(d => d.TypeName))
        {
            var keys = group.Select(d => d.Key).Distinct().ToList();
            foreach (var (key, node) in await lookups[group.Key].FindAsync(context, keys))
            {
                found[(group.Key, key)] = node;
            }
        }

        return decoded.Select(d => found.GetValueOrDefault(d)).ToList();
    }
}
