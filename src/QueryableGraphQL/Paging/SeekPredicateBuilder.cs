using System.Linq.Expressions;
using System.Reflection;

namespace QueryableGraphQL.Paging;

/// <summary>
/// Builds the keyset seek: "rows strictly after (or before) the cursor row" in an ordering where nulls sort
/// last, as a predicate over the key selectors with the cursor values as SQL parameters.
/// </summary>
internal static class SeekPredicateBuilder
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <param name="after">True for rows after the cursor in the ordering's own direction, false for rows before it.</param>
    /// <param name="inclusive">
    /// Also match the cursor row itself: the rows behind a page start at its cursor row, which belongs to the
    /// page the cursor came from.
    /// </param>
    public static Expression<Func<T, bool>> Build<T>(IReadOnlyList<OrderingKey> keys, IReadOnlyList<object?> cursor, bool after, bool inclusive = false)
    {
        var parameter = Expression.Parameter(typeof(T), "row");
        var selectors = keys.Select(k => ParameterRebinder.Bind(k.Selector, parameter)).ToList();
        var last = keys.Count - 1;
        var predicate = Beyond(keys[last], selectors[last], cursor[last], after);
        if (inclusive)
        {
            predicate = Expression.OrElse(predicate, Equal(selectors[last], cursor[last]));
        }

        for (var i = last - 1; i >= 0; i--)
        {
            predicate = Expression.OrElse(
                Beyond(keys[i], selectors[i], cursor[i], after),
                Expression.AndAlso(Equal(selectors[i], cursor[i]), predicate));
        }

        if (cursor[0] is not null && !keys[0].IsNullable)
        {
            // Redundant with the OR chain, but a plain range on the leading key lets the database seek its index.
            predicate = Expression.AndAlso(AtOrBeyond(keys[0], selectors[0], cursor[0]!, after), predicate);
        }

        return Expression.Lambda<Func<T, bool>>(predicate, parameter);
    }

    private static Expression Beyond(OrderingKey key, Expression value, object? cursor, bool after)
    {
        if (cursor is null)
        {
            // Nulls sort last: nothing comes after a null, and every non-null value comes before it.
            return after ? Expression.Constant(false) : Expression.NotEqual(value, Expression.Constant(null, value.Type));
        }

        var greater = after != key.Descending;
        var comparison = Compare(value, cursor, greater ? ExpressionType.GreaterThan : ExpressionType.LessThan);
        return after && key.IsNullable
            ? Expression.OrElse(comparison, Expression.Equal(value, Expression.Constant(null, value.Type)))
            : comparison;
    }

    private static Expression AtOrBeyond(OrderingKey key, Expression value, object cursor, bool after) =>
        Compare(value, cursor, after != key.Descending ? ExpressionType.GreaterThanOrEqual : ExpressionType.LessThanOrEqual);

    private static Expression Equal(Expression value, object? cursor) =>
        cursor is null
            ? Expression.Equal(value, Expression.Constant(null, value.Type))
            : Expression.Equal(value, SqlParameter.For(cursor, value.Type));

    private static Expression Compare(Expression value, object cursor, ExpressionType comparison)
    {
        var parameter = SqlParameter.For(cursor, value.Type);
        if (value.Type == typeof(string))
        {
            // string has no relational operators; EF translates string.Compare(a, b) > 0 to a > b.
            var compare = Expression.Call(StringCompare, value, parameter);
            return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
        }

        var valueType = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (valueType.IsEnum)
        {
            // Enums have no relational operators either. EF drops the cast to the underlying type, so the column is
            // compared as stored (for an enum stored as text, by name), matching what ORDER BY does with it.
            var number = typeof(Nullable<>).MakeGenericType(Enum.GetUnderlyingType(valueType));
            return Expression.MakeBinary(comparison, Expression.Convert(value, number), Expression.Convert(parameter, number));
        }

        if (valueType == typeof(bool))
        {
            var asNumber = Expression.Condition(Expression.Equal(value, Expression.Constant(true, value.Type)), Expression.Constant(1), Expression.Constant(0));
            return Expression.MakeBinary(comparison, asNumber, Expression.Constant((bool)cursor ? 1 : 0));
        }

        return Expression.MakeBinary(comparison, value, parameter);
    }
}
