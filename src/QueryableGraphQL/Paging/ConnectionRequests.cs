using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Paging;

/// <summary>Builds the <see cref="ConnectionRequest{T}"/> for a field from its arguments and selection.</summary>
public static class ConnectionRequests
{
    public static ConnectionRequest<T> ForConnection<T, TId>(
        IResolveFieldContext context,
        Expression<Func<T, bool>>? filter,
        IReadOnlyList<SortKey> order,
        IReadOnlyList<SortKey> defaultOrder,
        Expression<Func<T, TId>> id)
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("Request services are required to page a list.");
        var connectionType = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        var nodeType = (IComplexGraphType)connectionType.GetField("nodes")!.ResolvedType!.GetNamedType();
        var members = SelectionCollector.MembersFor(context, nodeType, ["nodes"], ["edges", "node"]);
        return ForPage(context, filter, KeysetOrdering.Create(order, defaultOrder, id), ProjectionBuilder.Build<T>(services.GetRequiredService<IModel>(), members));
    }

    /// <summary>
    /// A page of rows that wrap the schema's nodes, such as an entity with the score a search gave it: ordered by
    /// <paramref name="order"/> then <paramref name="id"/>, each row projected by <paramref name="projection"/>.
    /// </summary>
    public static ConnectionRequest<T> ForRows<T, TId>(
        IResolveFieldContext context, IReadOnlyList<SortKey> order, Expression<Func<T, TId>> id, Expression<Func<T, T>> projection) =>
        ForPage(context, null, KeysetOrdering.Create(order, order, id), projection);

    private static ConnectionRequest<T> ForPage<T>(
        IResolveFieldContext context, Expression<Func<T, bool>>? filter, KeysetOrdering ordering, Expression<Func<T, T>> projection)
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("Request services are required to page a list.");
        var codec = services.GetRequiredService<CursorCodec>();
        var bound = ordering.BoundTo($"{context.ParentType.Name}.{context.FieldDefinition.Name}");
        var page = PagingArguments.From(context).Validate(services.GetRequiredService<CursorPagingOptions>(), bound, codec);
        return new ConnectionRequest<T>(
            filter,
            bound,
            page,
            projection,
            IncludeTotalCount: SelectionCollector.Selects(context, "totalCount"),
            // Only the flag on the cursor's far side needs a look behind it; the near one comes from reading one row extra.
            IncludeExactPageInfo: SelectionCollector.Selects(context, "pageInfo", page.Forward ? "hasPreviousPage" : "hasNextPage"),
            codec);
    }

    /// <summary>A whole small list: ordered and projected, never paged.</summary>
    public static ConnectionRequest<T> ForList<T, TId>(
        IResolveFieldContext context,
        Expression<Func<T, bool>>? filter,
        IReadOnlyList<SortKey> order,
        IReadOnlyList<SortKey> defaultOrder,
        Expression<Func<T, TId>> id)
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("Request services are required to load a list.");
        return new ConnectionRequest<T>(
            filter,
            KeysetOrdering.Create(order, defaultOrder, id),
            new PageRequest(int.MaxValue - 1, Forward: true, Cursor: null),
            ProjectionBuilder.ForSelection<T>(context),
            IncludeTotalCount: false,
            IncludeExactPageInfo: false,
            services.GetRequiredService<CursorCodec>());
    }
}
