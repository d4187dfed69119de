using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
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
    /// <summary>Compiled key readers by member: a loader lives for one request, and compiling costs more than the query.</summary>
    private static readonly ConcurrentDictionary<MemberInfo, Func<T, TKey>> MemberKeys = new();

    protected override T? Missing => null;

    protected override async Task<IReadOnlyDictionary<TKey, T?>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await source(db)
            .Where(SqlParameter.In(key, keys))
            .Select(projection)
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(KeyReader(key), T? (row) => row);
    }

    private static Func<T, TKey> KeyReader(Expression<Func<T, TKey>> key) =>
        key.Body is MemberExpression { Expression: ParameterExpression } member
            ? MemberKeys.GetOrAdd(member.Member, _ => key.Compile())
            : key.Compile();
}
