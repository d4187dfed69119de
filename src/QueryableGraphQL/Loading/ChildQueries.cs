using System.Linq.Expressions;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Loading;

/// <summary>Builds the link-side queries of the child loaders, with filter, seek and ordering moved onto the link rows.</summary>
internal sealed class ChildQueries<TLink, TKey, TChild>(
    IQueryable<TLink> links, ChildRelation<TLink, TKey, TChild> relation, ConnectionRequest<TChild> request)
{
    private readonly IReadOnlyList<OrderingKey> _keys =
        request.Ordering.Keys.Select(k => k with { Selector = relation.OnChild(k.Selector) }).ToList();

    /// <summary>Children of the given parents that pass the filter.</summary>
    public IQueryable<TLink> Filtered(IReadOnlyList<TKey> parents)
    {
        var rows = links.Where(SqlParameter.In(relation.ParentKey, parents));
        return request.Filter is null ? rows : rows.Where(relation.OnChild(request.Filter));
    }

    /// <summary>All filtered children of the parents, in the ordering: for small lists that need no paging.</summary>
    public IQueryable<ListRow<TKey, TChild>> All(IReadOnlyList<TKey> parents) =>
        OrderingApplier.Apply(Filtered(parents), _keys, reverse: false).Select(ListRow());

    /// <summary>
    /// Every parent's page in one statement: per parent, seek, order and take n + 1 on that parent's own index
    /// range, then UNION ALL. A union does not keep its parts' order, so the statement orders the union again by
    /// parent and keys, in the page's reading direction. The database must do that, not the loader: only it
    /// compares values as it stored them (enums stored as text, case-insensitive collations), exactly as it did
    /// when it chose each part's rows.
    /// </summary>
    public IQueryable<ParentRow<TKey, TChild>> PagesOf(IReadOnlyList<TKey> parents) =>
        OrderingApplier.Apply(UnionAll(parents.Select(PageOf).ToList()), [new OrderingKey("parent", relation.ParentKey, false), .. _keys], reverse: !request.Page.Forward)
            .Select(Row());

    /// <summary>Balanced, so the expression stays shallow however many parents there are.</summary>
    private static IQueryable<TLink> UnionAll(IReadOnlyList<IQueryable<TLink>> parts) =>
        parts.Count == 1
            ? parts[0]
            : UnionAll(parts.Take(parts.Count / 2).ToList()).Concat(UnionAll(parts.Skip(parts.Count / 2).ToList()));

    private IQueryable<TLink> PageOf(TKey parent)
    {
        var page = request.Page;
        var equals = Expression.Equal(relation.ParentKey.Body, SqlParameter.For(parent!, typeof(TKey)));
        var rows = links.Where(Expression.Lambda<Func<TLink, bool>>(equals, relation.ParentKey.Parameters));
        rows = request.Filter is null ? rows : rows.Where(relation.OnChild(request.Filter));
        rows = page.Cursor is null ? rows : rows.Where(SeekPredicateBuilder.Build<TLink>(_keys, page.Cursor, page.Forward));
        return OrderingApplier.Apply(rows, _keys, reverse: !page.Forward).Take(page.Size + 1);
    }

    /// <summary>Parents that have children on the far side of the cursor, the cursor row included: exact pageInfo.</summary>
    public IQueryable<TKey> ParentsWithRowsBehindCursor(IReadOnlyList<TKey> parents) =>
        Filtered(parents)
            .Where(SeekPredicateBuilder.Build<TLink>(_keys, request.Page.Cursor!, !request.Page.Forward, inclusive: true))
            .Select(relation.ParentKey)
            .Distinct();

    public IQueryable<KeyCount<TKey>> Counts(IReadOnlyList<TKey> parents)
    {
        var group = Expression.Parameter(typeof(IGrouping<TKey, TLink>), "group");
        var count = Expression.MemberInit(
            Expression.New(typeof(KeyCount<TKey>)),
            Expression.Bind(typeof(KeyCount<TKey>).GetProperty(nameof(KeyCount<TKey>.Key))!, Expression.Property(group, nameof(IGrouping<TKey, TLink>.Key))),
            Expression.Bind(typeof(KeyCount<TKey>).GetProperty(nameof(KeyCount<TKey>.Count))!,
                GenericMethods.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TLink)], group)));
        return Filtered(parents).GroupBy(relation.ParentKey).Select(Expression.Lambda<Func<IGrouping<TKey, TLink>, KeyCount<TKey>>>(count, group));
    }

    private Expression<Func<TLink, ListRow<TKey, TChild>>> ListRow() =>
        Tagged<ListRow<TKey, TChild>, TChild>(nameof(ListRow<TKey, TChild>.Node), request.Projection);

    private Expression<Func<TLink, ParentRow<TKey, TChild>>> Row() =>
        Tagged<ParentRow<TKey, TChild>, KeysetRow<TChild>>(nameof(ParentRow<TKey, TChild>.Row), request.RowProjection());

    /// <summary><c>link => new TRow { ParentKey = parentKey(link), [valueProperty] = value(child(link)) }</c>.</summary>
    private Expression<Func<TLink, TRow>> Tagged<TRow, TValue>(string valueProperty, Expression<Func<TChild, TValue>> value)
    {
        var link = relation.Child.Parameters[0];
        var body = Expression.MemberInit(
            Expression.New(typeof(TRow)),
            Expression.Bind(typeof(TRow).GetProperty(nameof(ParentRow<TKey, TChild>.ParentKey))!, ParameterRebinder.Bind(relation.ParentKey, link)),
            Expression.Bind(typeof(TRow).GetProperty(valueProperty)!, relation.OnChild(value).Body));
        return Expression.Lambda<Func<TLink, TRow>>(body, link);
    }
}
