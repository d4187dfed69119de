using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Relay;

/// <summary>
/// An object type that implements <c>Node</c>: it supplies the global <c>id</c> field and can be fetched back by
/// <c>node(id:)</c> and <c>nodes(ids:)</c>, which find it through the schema, so adding a node type edits no resolver.
/// </summary>
public abstract class NodeGraphType<TContext, TEntity> : ObjectGraphType<TEntity>, INodeLookup
    where TContext : DbContext
    where TEntity : class
{
    private readonly Func<TContext, IQueryable<TEntity>> _set;
    private readonly Expression<Func<TEntity, int>> _key;
    private readonly Func<TEntity, int> _readKey;

    /// <param name="name">The GraphQL type name, which global ids carry.</param>
    /// <param name="set">Where the rows live; its query filters decide which ones are public.</param>
    /// <param name="key">The integer primary key.</param>
    /// <param name="idDescription">The description of the <c>id</c> field.</param>
    protected NodeGraphType(string name, Func<TContext, IQueryable<TEntity>> set, Expression<Func<TEntity, int>> key, string idDescription)
    {
        Name = name;
        _set = set;
        _key = key;
        _readKey = key.Compile();
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description(idDescription)
            .Resolve(context => GlobalId.Encode(Name, _readKey(context.Source)));
    }

    async Task<IEnumerable<KeyValuePair<int, object>>> INodeLookup.FindAsync(IResolveFieldContext context, IReadOnlyList<int> keys)
    {
        var rows = await RootQueries.FindAllAsync(context, _set, SqlParameter.In(_key, keys));
        return rows.Select(row => KeyValuePair.Create(_readKey(row), (object)row));
    }
}
