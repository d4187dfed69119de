using System.Linq.Expressions;

namespace QueryableGraphQL.Paging;

/// <summary>
/// Applies an ordering as OrderBy/ThenBy calls, over an <see cref="IQueryable{T}"/> or over a navigation
/// collection inside a projection. Nulls sort last in the ordering's own direction (first when reversed):
/// databases already do that for descending keys, so only ascending nullable keys get a null flag.
/// </summary>
internal static class OrderingApplier
{
    public static IQueryable<T> Apply<T>(IQueryable<T> source, IReadOnlyList<OrderingKey> keys, bool reverse) =>
        source.Provider.CreateQuery<T>(Apply(source.Expression, typeof(T), keys, reverse, typeof(Queryable)));

    public static Expression Apply(Expression source, Type elementType, IReadOnlyList<OrderingKey> keys, bool reverse, Type methods)
    {
        var first = true;
        foreach (var key in keys)
        {
            var descending = key.Descending != reverse;
            var nullsLast = !reverse;
            if (key.IsNullable && descending != nullsLast)
            {
                source = Call(source, elementType, NullFlag(key.Selector), !nullsLast, first, methods);
                first = false;
            }

            source = Call(source, elementType, key.Selector, descending, first, methods);
            first = false;
        }

        return source;
    }

    private static LambdaExpression NullFlag(LambdaExpression selector)
    {
        var isNull = Expression.Equal(selector.Body, Expression.Constant(null, selector.ReturnType));
        return Expression.Lambda(Expression.Condition(isNull, Expression.Constant(1), Expression.Constant(0)), selector.Parameters);
    }

    private static Expression Call(Expression source, Type elementType, LambdaExpression selector, bool descending, bool first, Type methods)
    {
        var name = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        var isQueryable = methods == typeof(Queryable);
        Expression argument = isQueryable ? Expression.Quote(selector) : selector;
        return GenericMethods.Call(methods, name, [elementType, selector.ReturnType], source, argument);
    }
}
