using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Loading;

/// <summary>
/// Pages a child list for every parent of one selection: per-parent keyset pages with filtering, ordering and
/// projection, which plain projections cannot do. The pages come from one statement (a UNION ALL of per-parent
/// index seeks); <c>totalCount</c> and exact <c>pageInfo</c> add one grouped statement each, only when selected.
/// </summary>
public sealed class ChildConnectionLoader<TContext, TLink, TKey, TChild>(
    IDbContextFactory<TContext> contexts,
    Func<TContext, IQueryable<TLink>> links,
    ChildRelation<TLink, TKey, TChild> relation,
    ConnectionRequest<TChild> request) : BatchLoader<TKey, Connection<TChild>>
    where TContext : DbContext
    where TKey : notnull
{
    /// <summary>SQLite allows at most 500 terms in one compound SELECT; larger batches take several statements.</summary>
    private const int ParentsPerStatement = 250;

    protected override Connection<TChild> Missing => request.ToConnection([], hasRowsBehindCursor: false, request.IncludeTotalCount ? 0 : null);

    protected override async Task<IReadOnlyDictionary<TKey, Connection<TChild>>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var queries = new ChildQueries<TLink, TKey, TChild>(links(db), relation, request);
        var rows = new List<ParentRow<TKey, TChild>>();
        foreach (var chunk in keys.Chunk(ParentsPerStatement))
        {
            rows.AddRange(await queries.PagesOf(chunk).ToListAsync(cancellationToken));
        }

        var counts = request.IncludeTotalCount
            ? await queries.Counts(keys).ToDictionaryAsync(c => c.Key, c => c.Count, cancellationToken)
            : null;
        var behind = request.IncludeExactPageInfo && request.Page.Cursor is not null
            ? (await queries.ParentsWithRowsBehindCursor(keys).ToListAsync(cancellationToken)).ToHashSet()
            : null;
        // Rows arrive in the page's reading direction (see PagesOf); ToConnection trims the extra row and reverses a backward page.
        var pages = rows.GroupBy(r => r.ParentKey).ToDictionary(g => g.Key, g => g.Select(r => r.Row).ToList());
        return keys.ToDictionary(key => key, key => request.ToConnection(
            pages.GetValueOrDefault(key) ?? [],
            behind?.Contains(key),
            counts is null ? null : counts.GetValueOrDefault(key)));
    }
}
