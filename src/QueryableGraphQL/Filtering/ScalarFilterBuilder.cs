using System.Linq.Expressions;

namespace QueryableGraphQL.Filtering;

/// <summary>
/// Operators on one scalar member. Null handling follows C# (LINQ-to-objects) semantics: a missing value
/// equals only <c>null</c>, fails every ordering comparison and satisfies every negated one.
/// An operator given <c>null</c> (other than <c>eq</c>/<c>neq</c>) sets no condition.
/// </summary>
internal static class ScalarFilterBuilder
{
    public static Expression? Build(Expression member, IDictionary<string, object?>? operations)
    {
        if (operations is null)
        {
            return null;
        }

        var conditions = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            var condition = operation switch
            {
                "and" => FilterExpressionBuilder.Combine(
                    FilterExpressionBuilder.Items(value).Select(item => Build(member, item as IDictionary<string, object?>)),
                    Expression.AndAlso),
                "or" => FilterExpressionBuilder.Combine(
                    FilterExpressionBuilder.Items(value).Select(item => Build(member, item as IDictionary<string, object?>)),
                    Expression.OrElse),
                _ => BuildOperator(operation, member, value),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return conditions.Count == 0 ? null : conditions.Aggregate(Expression.AndAlso);
    }

    private static Expression? BuildOperator(string operation, Expression member, object? value) => operation switch
    {
        "eq" => Equal(member, value),
        "neq" => Expression.Not(Equal(member, value)),
        "in" when value is not null => In(member, value),
        "nin" when value is not null => Expression.Not(In(member, value)),
        "gt" when value is not null => Compare(Expression.GreaterThan, member, value),
        "ngt" when value is not null => NotCompare(Expression.LessThanOrEqual, member, value),
        "gte" when value is not null => Compare(Expression.GreaterThanOrEqual, member, value),
        "ngte" when value is not null => NotCompare(Expression.LessThan, member, value),
        "lt" when value is not null => Compare(Expression.LessThan, member, value),
        "nlt" when value is not null => NotCompare(Expression.GreaterThanOrEqual, member, value),
        "lte" when value is not null => Compare(Expression.LessThanOrEqual, member, value),
        "nlte" when value is not null => NotCompare(Expression.GreaterThan, member, value),
        "contains" or "startsWith" or "endsWith" when value is string text => TextMatch.Matches(operation, member, text),
        "ncontains" or "nstartsWith" or "nendsWith" when value is string text => TextMatch.DoesNotMatch(operation[1..], member, text),
        _ => null,
    };

    private static Expression Equal(Expression member, object? value)
    {
        var lifted = Lift(member);
        return Expression.Equal(lifted, SqlParameter.For(FilterValues.Convert(value, lifted.Type), lifted.Type));
    }

    private static Expression In(Expression member, object values)
    {
        var lifted = Lift(member);
        var list = FilterValues.ListParameter(FilterExpressionBuilder.Items(values), lifted.Type);
        return GenericMethods.Call(typeof(Enumerable), nameof(Enumerable.Contains), [lifted.Type], list, lifted);
    }

    private static Expression Compare(Func<Expression, Expression, BinaryExpression> comparison, Expression member, object value)
    {
        var lifted = Lift(member);
        return comparison(lifted, SqlParameter.For(FilterValues.Convert(value, lifted.Type), lifted.Type));
    }

    /// <summary>
    /// A negated comparison spelled as "missing, or the inverse comparison" so SQL gets a plain,
    /// index-friendly predicate instead of a CASE expression.
    /// </summary>
    private static Expression NotCompare(Func<Expression, Expression, BinaryExpression> inverse, Expression member, object value)
    {
        var comparison = Compare(inverse, member, value);
        var canBeMissing = !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null;
        return canBeMissing
            ? Expression.OrElse(Expression.Equal(member, Expression.Constant(null, member.Type)), comparison)
            : comparison;
    }

    // Lifting to Nullable<T> lets one code path serve nullable and non-nullable members alike.
    private static Expression Lift(Expression member) =>
        member.Type == FilterValues.Lifted(member.Type) ? member : Expression.Convert(member, FilterValues.Lifted(member.Type));
}
