using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Loading;

/// <summary>Loads single entities by key for every parent of one selection with one statement, projected.</summary>
public sealed class ByKeyLoader<TContext, T, TKey>(
    IDbContextFactory<TContext> contexts,
    Func<TContext, IQueryable<T>> source,
    Expression<Func<T, TKey>> key,
    Expression<Func<T, T>> projection) : BatchLoader<TKey, T?>
    where TContext : DbContext
    where TKey : notnull
    where T : class
{
    protected override T? Missing => null;

    protected override async Task<IReadOnlyDictionary<TKey, T?>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await source(db)
            .Where(SqlParameter.In(key, keys))
            .Select(projection)
            .ToListAsync(cancellationToken);
        var keyOf = key.Compile();
        return rows.ToDictionary(keyOf, T? (row) => row);
    }
}
