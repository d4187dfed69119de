using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Paging;

/// <summary>Resolvers for root lists and single lookups, each on a context of its own.</summary>
public static class RootQueries
{
    /// <summary>A filtered, ordered, keyset-paged and projected page of <paramref name="set"/>.</summary>
    public static async Task<Connection<T>> ConnectionAsync<TContext, T, TId>(
        IResolveFieldContext context, Func<TContext, IQueryable<T>> set, IReadOnlyList<SortKey> defaultOrder, Expression<Func<T, TId>> id)
        where TContext : DbContext
    {
        var request = ConnectionRequests.ForConnection(context, context.GetFilterExpression<T>(), context.GetSortKeys<T>(), defaultOrder, id);
        await using var db = await Contexts<TContext>(context).CreateDbContextAsync(context.CancellationToken);
        return await set(db).ToConnectionAsync(request, context.CancellationToken);
    }

    /// <summary>The one row matching <paramref name="predicate"/>, projected to the selection, or null.</summary>
    public static async Task<T?> SingleAsync<TContext, T>(
        IResolveFieldContext context, Func<TContext, IQueryable<T>> set, Expression<Func<T, bool>> predicate)
        where TContext : DbContext
        where T : class
    {
        await using var db = await Contexts<TContext>(context).CreateDbContextAsync(context.CancellationToken);
        return await set(db).Where(predicate).Select(ProjectionBuilder.ForSelection<T>(context)).SingleOrDefaultAsync(context.CancellationToken);
    }

    /// <summary>
    /// The rows matching <paramref name="predicate"/>, read whole: for interface fields such as <c>node</c>,
    /// whose selection does not say which concrete members are needed.
    /// </summary>
    public static async Task<List<T>> FindAllAsync<TContext, T>(
        IResolveFieldContext context, Func<TContext, IQueryable<T>> set, Expression<Func<T, bool>> predicate)
        where TContext : DbContext
    {
        await using var db = await Contexts<TContext>(context).CreateDbContextAsync(context.CancellationToken);
        return await set(db).Where(predicate).ToListAsync(context.CancellationToken);
    }

    private static IDbContextFactory<TContext> Contexts<TContext>(IResolveFieldContext context) where TContext : DbContext =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<TContext>>();
}
