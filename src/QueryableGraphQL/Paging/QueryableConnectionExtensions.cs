using Microsoft.EntityFrameworkCore;

namespace QueryableGraphQL.Paging;

/// <summary>Reads one keyset page of a root list.</summary>
public static class QueryableConnectionExtensions
{
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> source, ConnectionRequest<T> request, CancellationToken cancellationToken)
    {
        var filtered = Filtered(source, request);
        var page = request.Page;
        var phases = KeysetPhase<T>.For(request.Ordering);
        var rows = await ReadPageAsync(filtered, phases, request, cancellationToken);
        bool? behind = request.IncludeExactPageInfo && page.Cursor is not null
            ? await AnyBehindCursorAsync(filtered, phases, page, cancellationToken)
            : null;
        int? total = request.IncludeTotalCount ? await filtered.CountAsync(cancellationToken) : null;
        return request.ToConnection(rows, behind, total);
    }

    private static async Task<List<KeysetRow<T>>> ReadPageAsync<T>(
        IQueryable<T> filtered, IReadOnlyList<KeysetPhase<T>> phases, ConnectionRequest<T> request, CancellationToken cancellationToken)
    {
        var page = request.Page;
        var wanted = page.Size + 1;
        var rows = new List<KeysetRow<T>>(wanted);
        foreach (var (phase, cursor) in PhasesAhead(phases, page))
        {
            rows.AddRange(await PhaseQuery(filtered, phase, cursor, request, wanted - rows.Count).ToListAsync(cancellationToken));
            if (rows.Count == wanted)
            {
                break;
            }
        }

        return rows;
    }

    /// <summary>
    /// The queries a page may run, in reading order, each for the whole page: for tests that print or explain them,
    /// such as a host's translation snapshots for a provider it has no server of.
    /// </summary>
    public static IReadOnlyList<IQueryable<KeysetRow<T>>> PageQueries<T>(IQueryable<T> source, ConnectionRequest<T> request) =>
        [.. PhasesAhead(KeysetPhase<T>.For(request.Ordering), request.Page)
            .Select(p => PhaseQuery(Filtered(source, request), p.Phase, p.Cursor, request, request.Page.Size + 1))];

    private static IQueryable<T> Filtered<T>(IQueryable<T> source, ConnectionRequest<T> request) =>
        request.Filter is null ? source : source.Where(request.Filter);

    private static IQueryable<KeysetRow<T>> PhaseQuery<T>(
        IQueryable<T> filtered, KeysetPhase<T> phase, object?[]? cursor, ConnectionRequest<T> request, int take) =>
        OrderingApplier.Apply(phase.Rows(filtered, cursor, after: request.Page.Forward), phase.Keys, reverse: !request.Page.Forward)
            .Take(take)
            .Select(request.RowProjection());

    /// <summary>
    /// Whether any row lies on the other side of the cursor, the cursor row included (it is the edge of the page
    /// the client came from): exact pageInfo in both directions.
    /// </summary>
    private static async Task<bool> AnyBehindCursorAsync<T>(
        IQueryable<T> filtered, IReadOnlyList<KeysetPhase<T>> phases, PageRequest page, CancellationToken cancellationToken)
    {
        var behind = page with { Forward = !page.Forward };
        foreach (var (phase, cursor) in PhasesAhead(phases, behind))
        {
            if (await phase.Rows(filtered, cursor, after: behind.Forward, inclusive: true).AnyAsync(cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The phases in reading order from the cursor on, the first one paired with the cursor to seek from.</summary>
    private static IEnumerable<(KeysetPhase<T> Phase, object?[]? Cursor)> PhasesAhead<T>(IReadOnlyList<KeysetPhase<T>> phases, PageRequest page)
    {
        var ordered = page.Forward ? phases.ToList() : phases.Reverse().ToList();
        var start = page.Cursor is null ? 0 : ordered.IndexOf(phases[KeysetPhase<T>.IndexOf(phases, page.Cursor)]);
        for (var i = start; i < ordered.Count; i++)
        {
            yield return (ordered[i], i == start ? page.Cursor : null);
        }
    }
}
