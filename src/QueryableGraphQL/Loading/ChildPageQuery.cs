using System.Linq.Expressions;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Loading;

/// <summary>
/// Builds one projection that pages every parent's children at once:
/// <c>parent => new ChildPage { ParentKey, Rows = children.Where(filter).Where(seek).OrderBy(…).Take(n + 1), TotalCount, … }</c>.
/// EF Core turns the per-parent Take into a ROW_NUMBER() window partitioned by parent: one statement, whatever
/// the number of parents.
/// </summary>
internal static class ChildPageQuery
{
    public static Expression<Func<TParent, ChildPage<TKey, TChild>>> Build<TParent, TKey, TChild>(
        ChildRelation<TParent, TKey, TChild> relation, ConnectionRequest<TChild> request, bool paged)
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var children = ParameterRebinder.Bind(relation.Children, parent);
        var filtered = request.Filter is null ? children : Where<TChild>(children, request.Filter);
        var page = request.Page;
        var rows = page.Cursor is null ? filtered : Where<TChild>(filtered, SeekPredicateBuilder.Build<TChild>(request.Ordering.Keys, page.Cursor, page.Forward));
        rows = OrderingApplier.Apply(rows, typeof(TChild), request.Ordering.Keys, reverse: !page.Forward, typeof(Enumerable));
        if (paged)
        {
            rows = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(TChild)], rows, Expression.Constant(page.Size + 1));
        }

        var projected = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(TChild), typeof(KeysetRow<TChild>)], rows, request.RowProjection());
        var pageType = typeof(ChildPage<TKey, TChild>);
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(pageType.GetProperty(nameof(ChildPage<TKey, TChild>.ParentKey))!, ParameterRebinder.Bind(relation.ParentKey, parent)),
            Expression.Bind(pageType.GetProperty(nameof(ChildPage<TKey, TChild>.Rows))!,
                Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeysetRow<TChild>)], projected)),
        };
        if (request.IncludeTotalCount)
        {
            bindings.Add(Expression.Bind(pageType.GetProperty(nameof(ChildPage<TKey, TChild>.TotalCount))!,
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TChild)], filtered)));
        }

        if (paged && request.IncludeExactPageInfo && page.Cursor is not null)
        {
            var behind = Where<TChild>(filtered, SeekPredicateBuilder.Build<TChild>(request.Ordering.Keys, page.Cursor, !page.Forward));
            bindings.Add(Expression.Bind(pageType.GetProperty(nameof(ChildPage<TKey, TChild>.HasRowsBehindCursor))!,
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TChild)], behind)));
        }

        return Expression.Lambda<Func<TParent, ChildPage<TKey, TChild>>>(Expression.MemberInit(Expression.New(pageType), bindings), parent);
    }

    private static Expression Where<T>(Expression source, Expression<Func<T, bool>> predicate) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(T)], source, predicate);
}
