using System.Linq.Expressions;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>
/// Test stand-in for the pager: applies sort keys with nulls last in both directions, then the key.
/// </summary>
public static class SortKeyOrdering
{
    public static IQueryable<Book> OrderBySortKeys(this IQueryable<Book> query, IReadOnlyList<SortKey> keys)
    {
        IOrderedQueryable<Book>? ordered = null;
        foreach (var key in keys)
        {
            var type = key.Selector.ReturnType;
            if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null)
            {
                var isNull = Expression.Lambda<Func<Book, bool>>(
                    Expression.Equal(key.Selector.Body, Expression.Constant(null, type)), key.Selector.Parameters);
                ordered = ordered is null ? query.OrderBy(isNull) : ordered.ThenBy(isNull);
            }

            ordered = ordered is null ? query.OrderBy(book => 0) : ordered;
            ordered = ThenBy(ordered, key.Selector, key.Descending);
        }

        return ordered is null ? query.OrderBy(book => book.Id) : ordered.ThenBy(book => book.Id);
    }

    private static IOrderedQueryable<Book> ThenBy(IOrderedQueryable<Book> query, LambdaExpression selector, bool descending)
    {
        var method = descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy);
        var call = Expression.Call(typeof(Queryable), method, [typeof(Book), selector.ReturnType], query.Expression, Expression.Quote(selector));
        return (IOrderedQueryable<Book>)query.Provider.CreateQuery<Book>(call);
    }
}
