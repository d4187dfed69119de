using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Loading;

internal static class ChildPageReader
{
    /// <summary>A context per batch: GraphQL.NET resolves sibling fields in parallel, and a DbContext is not thread-safe.</summary>
    public static async Task<List<ChildPage<TKey, TChild>>> ReadAsync<TContext, TParent, TKey, TChild>(
        IDbContextFactory<TContext> contexts,
        Func<TContext, IQueryable<TParent>> parents,
        ChildRelation<TParent, TKey, TChild> relation,
        ConnectionRequest<TChild> request,
        IReadOnlyList<TKey> keys,
        bool paged,
        CancellationToken cancellationToken)
        where TContext : DbContext
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keyList = keys.ToList();
        var parent = relation.ParentKey.Parameters[0];
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)],
            SqlParameter.For(keyList, typeof(List<TKey>)), relation.ParentKey.Body);
        return await parents(db)
            .Where(Expression.Lambda<Func<TParent, bool>>(contains, parent))
            .Select(ChildPageQuery.Build(relation, request, paged))
            .ToListAsync(cancellationToken);
    }
}
