using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Loading;

/// <summary>
/// Loads a small, bounded child list (filtered, ordered, projected) for every parent of one selection with a
/// single SQL statement.
/// </summary>
public sealed class ChildListLoader<TContext, TParent, TKey, TChild>(
    IDbContextFactory<TContext> contexts,
    Func<TContext, IQueryable<TParent>> parents,
    ChildRelation<TParent, TKey, TChild> relation,
    ConnectionRequest<TChild> request) : BatchLoader<TKey, IReadOnlyList<TChild>>
    where TContext : DbContext
    where TKey : notnull
{
    protected override IReadOnlyList<TChild> Missing => [];

    protected override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TChild>>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var pages = await ChildPageReader.ReadAsync(contexts, parents, relation, request, keys, paged: false, cancellationToken);
        return pages.ToDictionary(page => page.ParentKey, page => (IReadOnlyList<TChild>)page.Rows.Select(r => r.Node).ToList());
    }
}
