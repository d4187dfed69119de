using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>Reads the <c>where</c> argument of the field being resolved.</summary>
public static class FilterResolveFieldContextExtensions
{
    /// <summary>
    /// The predicate described by the filter argument, or <see langword="null"/> when the argument is absent or empty.
    /// </summary>
    /// <exception cref="InvalidOperationException">The argument is not declared with a filter input for <typeparamref name="T"/>.</exception>
    public static Expression<Func<T, bool>>? GetFilterExpression<T>(this IResolveFieldContext context, string argumentName = "where")
    {
        var declared = context.FieldDefinition.Arguments?.Find(argumentName)?.ResolvedType;
        while (declared is IProvideResolvedType wrapper)
        {
            declared = wrapper.ResolvedType;
        }

        if (declared is not FilterInputGraphType<T> filterType)
        {
            throw new InvalidOperationException(
                $"Field '{context.FieldDefinition.Name}' has no '{argumentName}' argument of type FilterInputGraphType<{typeof(T).Name}>.");
        }

        var value = context.Arguments is { } arguments && arguments.TryGetValue(argumentName, out var argument)
            ? argument.Value
            : null;
        return filterType.GetFilterExpression(value);
    }
}
