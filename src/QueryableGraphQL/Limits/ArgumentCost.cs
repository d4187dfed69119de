using QueryableGraphQL.Filtering;

namespace QueryableGraphQL.Limits;

/// <summary>
/// The static cost of a <c>where</c> and an <c>order</c> value, so an operation's cost follows the work its SQL does:
/// an indexable comparison is cheap, a text match scans, and the conditions inside <c>some</c>/<c>all</c>/<c>none</c>
/// run once per related row.
/// </summary>
internal sealed class ArgumentCost(ArgumentLimitsOptions limits)
{
    private static readonly HashSet<string> TextMatches =
        new(["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"], StringComparer.Ordinal);

    public double OfFilter(FilterInputGraphType filterType, object? value)
    {
        if (value is not IDictionary<string, object?> fields)
        {
            return 0;
        }

        var cost = 0d;
        foreach (var (name, fieldValue) in fields)
        {
            cost += name is "and" or "or"
                ? FilterExpressionBuilder.Items(fieldValue).Sum(item => OfFilter(filterType, item))
                : filterType.Bindings.TryGetValue(name, out var binding) ? OfField(binding, fieldValue) : 0;
        }

        return cost;
    }

    /// <summary>Each sort key, and each join a nested key needs.</summary>
    public double OfOrder(object? value) =>
        FilterExpressionBuilder.Items(value).Sum(item => item is IDictionary<string, object?> keys ? OfSortKeys(keys) : 0);

    private double OfSortKeys(IDictionary<string, object?> keys) =>
        keys.Values.Sum(key => key is IDictionary<string, object?> nested ? limits.SortKeyCost + OfSortKeys(nested) : limits.SortKeyCost);

    private double OfField(FilterFieldBinding binding, object? value) => binding.Kind switch
    {
        FilterOperandKind.Object => limits.FilterOperatorCost + OfFilter(Nested(binding), value),
        FilterOperandKind.List => OfQuantifiers(binding, value as IDictionary<string, object?>),
        _ => OfOperations(value as IDictionary<string, object?>),
    };

    private double OfQuantifiers(FilterFieldBinding binding, IDictionary<string, object?>? quantifiers) =>
        quantifiers?.Sum(q => q.Key == "any" || q.Value is null
            ? limits.ListFilterCost
            : limits.ListFilterCost + (limits.ListFilterFanOut * OfFilter(Nested(binding), q.Value))) ?? 0;

    private double OfOperations(IDictionary<string, object?>? operations) =>
        operations?.Sum(operation => operation.Key switch
        {
            "and" or "or" => FilterExpressionBuilder.Items(operation.Value).Sum(item => OfOperations(item as IDictionary<string, object?>)),
            _ when TextMatches.Contains(operation.Key) => limits.TextMatchCost,
            _ => limits.FilterOperatorCost,
        }) ?? 0;

    private static FilterInputGraphType Nested(FilterFieldBinding binding) =>
        GraphTypeInstances.Get<FilterInputGraphType>(binding.NestedFilterType!);
}
