using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Loading;

/// <summary>
/// Loads a small, bounded child list (filtered, ordered, projected) for every parent of one selection with a
/// single SQL statement: one indexed join over the link rows of those parents.
/// </summary>
public sealed class ChildListLoader<TContext, TLink, TKey, TChild>(
    IDbContextFactory<TContext> contexts,
    Func<TContext, IQueryable<TLink>> links,
    ChildRelation<TLink, TKey, TChild> relation,
    ConnectionRequest<TChild> request) : BatchLoader<TKey, IReadOnlyList<TChild>>
    where TContext : DbContext
    where TKey : notnull
{
    protected override IReadOnlyList<TChild> Missing => [];

    protected override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TChild>>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        // A context per batch: GraphQL.NET resolves sibling fields in parallel, and a DbContext is not thread-safe.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = new ChildQueries<TLink, TKey, TChild>(links(db), relation, request).All(keys).AsAsyncEnumerable();
        // One pass from the reader into the lists the field returns, in the statement's order: no list of rows or
        // grouping structures in between.
        var children = new Dictionary<TKey, IReadOnlyList<TChild>>(keys.Count);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (!children.TryGetValue(row.ParentKey, out var list))
            {
                children[row.ParentKey] = list = new List<TChild>();
            }

            ((List<TChild>)list).Add(row.Node);
        }

        return children;
    }
}
