using System.Collections;
using System.Linq.Expressions;

namespace QueryableGraphQL.Filtering;

/// <summary>
/// Translates a parsed <c>where</c> value (dictionaries and lists, as GraphQL.NET hands them over)
/// into an expression tree that EF Core can run entirely in SQL.
/// </summary>
internal static class FilterExpressionBuilder
{
    public static Expression<Func<T, bool>>? Build<T>(FilterInputGraphType filterType, object? argumentValue)
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        var body = BuildObject(filterType, argumentValue, entity);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, entity);
    }

    /// <returns><see langword="null"/> when the object sets no condition, so callers can skip it.</returns>
    private static Expression? BuildObject(FilterInputGraphType filterType, object? value, Expression target)
    {
        if (value is not IDictionary<string, object?> fields)
        {
            return null;
        }

        var conditions = new List<Expression>();
        foreach (var (name, fieldValue) in fields)
        {
            var condition = name switch
            {
                "and" => Combine(Items(fieldValue).Select(item => BuildObject(filterType, item, target)), Expression.AndAlso),
                "or" => Combine(Items(fieldValue).Select(item => BuildObject(filterType, item, target)), Expression.OrElse),
                _ => BuildField(Binding(filterType, name), fieldValue, target),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return conditions.Count == 0 ? null : conditions.Aggregate(Expression.AndAlso);
    }

    private static FilterFieldBinding Binding(FilterInputGraphType filterType, string name) =>
        filterType.Bindings.TryGetValue(name, out var binding)
            ? binding
            : throw new ArgumentException($"{filterType.Name} has no filterable field '{name}'.", nameof(name));

    private static Expression? BuildField(FilterFieldBinding binding, object? value, Expression target)
    {
        var member = MemberAccess.Apply(binding.Accessor, target);
        return binding.Kind switch
        {
            FilterOperandKind.Object => BuildRelated(binding, value, member),
            FilterOperandKind.List => BuildList(binding, value as IDictionary<string, object?>, member),
            _ => ScalarFilterBuilder.Build(member, IdOperations.Parse(value as IDictionary<string, object?>, binding.ParseId)),
        };
    }

    private static Expression? BuildRelated(FilterFieldBinding binding, object? value, Expression navigation)
    {
        var isMissing = Expression.Equal(navigation, Expression.Constant(null, navigation.Type));
        if (value is null)
        {
            return isMissing;
        }

        // Any object given, even an empty one, requires the related row to exist.
        var nestedType = GraphTypeInstances.Get<FilterInputGraphType>(binding.NestedFilterType!);
        var nested = BuildObject(nestedType, value, navigation);
        var exists = Expression.Not(isMissing);
        return nested is null ? exists : Expression.AndAlso(exists, nested);
    }

    private static Expression? BuildList(FilterFieldBinding binding, IDictionary<string, object?>? operations, Expression collection)
    {
        if (operations is null)
        {
            return null;
        }

        var elementType = binding.ElementType!;
        var elementFilter = GraphTypeInstances.Get<FilterInputGraphType>(binding.NestedFilterType!);
        var conditions = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            var element = Expression.Parameter(elementType, "element");
            var predicate = BuildObject(elementFilter, value, element);
            Expression? condition = operation switch
            {
                "some" when value is not null => Quantify(nameof(Enumerable.Any), collection, element, predicate),
                "none" when value is not null => Expression.Not(Quantify(nameof(Enumerable.Any), collection, element, predicate)),
                "all" when predicate is not null => Quantify(nameof(Enumerable.All), collection, element, predicate),
                "any" when value is bool wanted => wanted
                    ? Quantify(nameof(Enumerable.Any), collection, element, null)
                    : Expression.Not(Quantify(nameof(Enumerable.Any), collection, element, null)),
                _ => null,
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return conditions.Count == 0 ? null : conditions.Aggregate(Expression.AndAlso);
    }

    private static MethodCallExpression Quantify(string method, Expression collection, ParameterExpression element, Expression? predicate)
    {
        if (predicate is null)
        {
            return GenericMethods.Call(typeof(Enumerable), method, [element.Type], collection);
        }

        return GenericMethods.Call(typeof(Enumerable), method, [element.Type], collection, Expression.Lambda(predicate, element));
    }

    internal static IEnumerable<object?> Items(object? value) =>
        value is IEnumerable items and not string ? items.Cast<object?>() : [];

    /// <summary>Items that set no condition are neutral, and an empty list sets no condition at all.</summary>
    internal static Expression? Combine(IEnumerable<Expression?> items, Func<Expression, Expression, Expression> join)
    {
        var parts = items.Select(item => item ?? Expression.Constant(true)).ToList();
        return parts.Count == 0 ? null : parts.Aggregate(join);
    }
}
