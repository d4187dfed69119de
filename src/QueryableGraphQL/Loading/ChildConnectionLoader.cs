using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Loading;

/// <summary>
/// Pages a child list for every parent of one selection with a single SQL statement: per-parent keyset paging,
/// filtering, ordering and projection, which plain projections cannot do.
/// </summary>
public sealed class ChildConnectionLoader<TContext, TParent, TKey, TChild>(
    IDbContextFactory<TContext> contexts,
    Func<TContext, IQueryable<TParent>> parents,
    ChildRelation<TParent, TKey, TChild> relation,
    ConnectionRequest<TChild> request) : BatchLoader<TKey, Connection<TChild>>
    where TContext : DbContext
    where TKey : notnull
{
    protected override Connection<TChild> Missing => Connection<TChild>.Empty;

    protected override async Task<IReadOnlyDictionary<TKey, Connection<TChild>>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var pages = await ChildPageReader.ReadAsync(contexts, parents, relation, request, keys, paged: true, cancellationToken);
        return pages.ToDictionary(
            page => page.ParentKey,
            page => request.ToConnection(page.Rows, request.IncludeExactPageInfo ? page.HasRowsBehindCursor : null,
                request.IncludeTotalCount ? page.TotalCount : null));
    }
}
