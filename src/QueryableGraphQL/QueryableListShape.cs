using System.Collections.Concurrent;
using GraphQL.Types;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL;

/// <summary>
/// What a list field returns, read off its graph type: a connection or a plain list, and the filter and sort inputs
/// declared for its entity (the one <see cref="FilterInputGraphType{T}"/> and <see cref="SortInputGraphType{T}"/>
/// of that entity in the item type's assembly).
/// </summary>
internal sealed record QueryableListShape(bool IsConnection, Type FilterType, Type SortType)
{
    private static readonly ConcurrentDictionary<Type, QueryableListShape> Shapes = new();

    public static QueryableListShape Of(Type fieldType) => Shapes.GetOrAdd(Unwrap(fieldType), Read);

    private static QueryableListShape Read(Type itemType)
    {
        var connection = GenericBase(itemType, typeof(ConnectionGraphType<,>));
        var nodeType = connection?.GetGenericArguments()[0] ?? itemType;
        var entity = (connection ?? GenericBase(nodeType, typeof(ComplexGraphType<>)))?.GetGenericArguments()[^1]
            ?? throw new InvalidOperationException($"'{itemType.Name}' is neither a connection nor an object type of an entity.");
        return new QueryableListShape(connection is not null,
            InputFor(nodeType, typeof(FilterInputGraphType<>).MakeGenericType(entity)),
            InputFor(nodeType, typeof(SortInputGraphType<>).MakeGenericType(entity)));
    }

    private static Type Unwrap(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>) || type.GetGenericTypeDefinition() == typeof(ListGraphType<>))
            ? Unwrap(type.GetGenericArguments()[0])
            : type;

    private static Type? GenericBase(Type type, Type definition)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == definition)
            {
                return current;
            }
        }

        return null;
    }

    private static Type InputFor(Type nodeType, Type inputBase)
    {
        var candidates = nodeType.Assembly.GetTypes().Where(t => !t.IsAbstract && inputBase.IsAssignableFrom(t)).ToList();
        return candidates.Count == 1
            ? candidates[0]
            : throw new InvalidOperationException(
                $"Expected exactly one {inputBase.Name[..inputBase.Name.IndexOf('`')]}<{inputBase.GetGenericArguments()[0].Name}> in {nodeType.Assembly.GetName().Name}; found {candidates.Count}.");
    }
}
