using System.Linq.Expressions;
using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>
/// Declares the <c>&lt;Type&gt;FilterInput</c> for <typeparamref name="T"/>: only the members named in the
/// subclass constructor can be filtered on.
/// </summary>
public abstract class FilterInputGraphType<T> : FilterInputGraphType
{
    protected FilterInputGraphType()
        : base(typeof(T))
    {
    }

    /// <summary>
    /// Turns a parsed <c>where</c> argument value into a predicate, or <see langword="null"/> when there is nothing to filter.
    /// </summary>
    public Expression<Func<T, bool>>? GetFilterExpression(object? argumentValue) =>
        FilterExpressionBuilder.Build<T>(this, argumentValue);

    /// <summary>Whitelists a scalar or enum member; its operation input follows from the member's CLR type.</summary>
    public void Field<TValue>(Expression<Func<T, TValue>> member, string? description = null)
    {
        var (kind, operationType) = FilterOperationTypes.For(typeof(TValue));
        AddBinding(new FilterFieldBinding(MemberName(member), member, kind), operationType, description);
    }

    /// <summary>Whitelists an identifier member, exposed with <c>IdOperationFilterInput</c>.</summary>
    /// <param name="parseId">
    /// Turns a client id into the key, for example by decoding a global id; it may throw an
    /// <c>ExecutionError</c> (such as <c>INVALID_ID</c>). Without it, ids are converted to the key's type.
    /// </param>
    public void Id<TValue>(Expression<Func<T, TValue>> member, Func<string, TValue>? parseId = null, string? description = null) =>
        AddBinding(
            new FilterFieldBinding(
                MemberName(member), member, FilterOperandKind.Id, ParseId: parseId is null ? null : id => parseId(id)),
            typeof(IdOperationFilterInput),
            description);

    /// <summary>Whitelists a to-one navigation, filtered with the related entity's filter input.</summary>
    public void Object<TRelated>(Expression<Func<T, TRelated?>> navigation, Type relatedFilterType, string? description = null)
        where TRelated : class
    {
        EnsureFilterOf(relatedFilterType, typeof(TRelated));
        AddBinding(
            new FilterFieldBinding(MemberName(navigation), navigation, FilterOperandKind.Object, relatedFilterType),
            relatedFilterType,
            description);
    }

    /// <summary>Whitelists a collection navigation, exposed as <c>ListFilterInputTypeOf&lt;Element&gt;FilterInput</c>.</summary>
    public void List<TElement>(Expression<Func<T, IEnumerable<TElement>>> collection, Type elementFilterType, string? description = null)
    {
        EnsureFilterOf(elementFilterType, typeof(TElement));
        AddBinding(
            new FilterFieldBinding(MemberName(collection), collection, FilterOperandKind.List, elementFilterType, typeof(TElement)),
            typeof(ListFilterInputType<>).MakeGenericType(elementFilterType),
            description);
    }

    private static string MemberName(LambdaExpression member) => member.Body is MemberExpression access
        ? char.ToLowerInvariant(access.Member.Name[0]) + access.Member.Name[1..]
        : throw new ArgumentException($"Expected a member access such as `x => x.Name`, got `{member}`.", nameof(member));

    private static void EnsureFilterOf(Type filterType, Type entityType)
    {
        if (!typeof(FilterInputGraphType<>).MakeGenericType(entityType).IsAssignableFrom(filterType))
        {
            throw new ArgumentException(
                $"{filterType.Name} must derive from FilterInputGraphType<{entityType.Name}>.", nameof(filterType));
        }
    }
}
