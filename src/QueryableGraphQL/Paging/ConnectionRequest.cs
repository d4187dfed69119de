using System.Linq.Expressions;

namespace QueryableGraphQL.Paging;

/// <summary>Everything needed to read one page: filter, total ordering, page, projection and what to count.</summary>
/// <param name="IncludeTotalCount">Only when the client selected <c>totalCount</c>: counting costs a statement.</param>
/// <param name="IncludeExactPageInfo">
/// Only when the client selected the pageInfo flag on the cursor's far side (<c>hasPreviousPage</c> when paging
/// forward, <c>hasNextPage</c> when paging backward): checking it costs a statement.
/// </param>
public sealed record ConnectionRequest<T>(
    Expression<Func<T, bool>>? Filter,
    KeysetOrdering Ordering,
    PageRequest Page,
    Expression<Func<T, T>> Projection,
    bool IncludeTotalCount,
    bool IncludeExactPageInfo,
    CursorCodec Codec)
{
    /// <summary><c>row => new KeysetRow { Node = projection(row), Keys = [k1(row), …, id(row)] }</c>.</summary>
    public Expression<Func<T, KeysetRow<T>>> RowProjection()
    {
        var row = Expression.Parameter(typeof(T), "row");
        var keys = Ordering.Keys.Select(k => Expression.Convert(ParameterRebinder.Bind(k.Selector, row), typeof(object)));
        var body = Expression.MemberInit(
            Expression.New(typeof(KeysetRow<T>)),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Node))!, ParameterRebinder.Bind(Projection, row)),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Keys))!, Expression.NewArrayInit(typeof(object), keys)));
        return Expression.Lambda<Func<T, KeysetRow<T>>>(body, row);
    }

    /// <summary>Turns the rows read in the page's direction (one more than asked when there is more) into a page.</summary>
    public Connection<T> ToConnection(List<KeysetRow<T>> rows, bool? hasRowsBehindCursor, int? totalCount)
    {
        var hasMore = rows.Count > Page.Size;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (!Page.Forward)
        {
            rows.Reverse();
        }

        var edges = rows.ConvertAll(r => new Edge<T>(Codec, Ordering, r.Keys, r.Node));
        var behind = hasRowsBehindCursor ?? Page.Cursor is not null;
        var pageInfo = PageInfo.Of(
            hasNextPage: Page.Forward ? hasMore : behind,
            hasPreviousPage: Page.Forward ? behind : hasMore,
            edges);
        return new Connection<T>(edges, pageInfo, totalCount);
    }
}
