using System.Collections;
using System.Linq.Expressions;
using QueryableGraphQL.Filtering;

namespace QueryableGraphQL.Sorting;

/// <summary>Turns a parsed <c>order</c> value into <see cref="SortKey"/>s, composing navigation paths.</summary>
internal static class SortKeyBuilder
{
    public static IReadOnlyList<SortKey> Build(SortInputGraphType sortType, object? argumentValue)
    {
        if (argumentValue is not IEnumerable elements)
        {
            return [];
        }

        var keys = new List<SortKey>();
        foreach (var element in elements)
        {
            var entity = Expression.Parameter(sortType.EntityType, "entity");
            var (path, body, direction) = Resolve(sortType, element, entity, prefix: "");
            keys.Add(new SortKey(path, Expression.Lambda(body, entity), direction == SortDirection.Descending));
        }

        return keys;
    }

    private static (string Path, Expression Body, SortDirection Direction) Resolve(
        SortInputGraphType sortType, object? element, Expression target, string prefix)
    {
        var (name, value) = SingleField(element, prefix);
        var binding = sortType.Bindings[name];
        var member = MemberAccess.Apply(binding.Accessor, target);
        var path = prefix + name;
        if (binding.NestedSortType is null)
        {
            return (path, member, (SortDirection)value!);
        }

        var nestedType = GraphTypeInstances.Get<SortInputGraphType>(binding.NestedSortType);
        return Resolve(nestedType, value, member, path + ".");
    }

    private static (string Name, object? Value) SingleField(object? element, string prefix)
    {
        var set = element is IDictionary<string, object?> fields
            ? fields.Where(field => field.Value is not null).ToList()
            : [];
        if (set.Count != 1)
        {
            var where = prefix.Length == 0 ? "Each element of `order`" : $"The sort input under `{prefix.TrimEnd('.')}`";
            throw new InvalidSortException(
                $"{where} must set exactly one field, for example `{{ title: ASC }}`; use several list elements to sort by several fields.");
        }

        return (set[0].Key, set[0].Value);
    }
}
