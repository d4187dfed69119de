using GraphQL;
using GraphQL.Types;

namespace QueryableGraphQL.Sorting;

/// <summary>Reads the <c>order</c> argument of the field being resolved.</summary>
public static class SortResolveFieldContextExtensions
{
    /// <summary>The requested sort keys in priority order; empty when the argument is absent.</summary>
    /// <exception cref="InvalidSortException">An element sets no field or more than one.</exception>
    /// <exception cref="InvalidOperationException">The argument is not declared with a sort input for <typeparamref name="T"/>.</exception>
    public static IReadOnlyList<SortKey> GetSortKeys<T>(this IResolveFieldContext context, string argumentName = "order")
    {
        var declared = context.FieldDefinition.Arguments?.Find(argumentName)?.ResolvedType;
        while (declared is IProvideResolvedType wrapper)
        {
            declared = wrapper.ResolvedType;
        }

        if (declared is not SortInputGraphType<T> sortType)
        {
            throw new InvalidOperationException(
                $"Field '{context.FieldDefinition.Name}' has no '{argumentName}' argument of type [SortInputGraphType<{typeof(T).Name}>!].");
        }

        var value = context.Arguments is { } arguments && arguments.TryGetValue(argumentName, out var argument)
            ? argument.Value
            : null;
        return sortType.GetSortKeys(value);
    }
}
