using System.Linq.Expressions;

namespace QueryableGraphQL.Sorting;

/// <summary>Declares the <c>&lt;Type&gt;SortInput</c> for <typeparamref name="T"/>: only the members named in the subclass constructor can be sorted on.</summary>
public abstract class SortInputGraphType<T> : SortInputGraphType
{
    protected SortInputGraphType()
        : base(typeof(T))
    {
    }

    /// <summary>The keys described by a parsed <c>order</c> argument value, in priority order; empty when none is given.</summary>
    /// <exception cref="InvalidSortException">An element sets no field or more than one.</exception>
    public IReadOnlyList<SortKey> GetSortKeys(object? argumentValue) => SortKeyBuilder.Build(this, argumentValue);

    /// <summary>Whitelists a member to sort by with <c>SortEnumType</c>.</summary>
    public void Field<TValue>(Expression<Func<T, TValue>> member, string? description = null) =>
        AddBinding(new SortFieldBinding(MemberName(member), member), typeof(SortEnumType), description);

    /// <summary>Whitelists a to-one navigation whose members are sorted through the related sort input.</summary>
    public void Object<TRelated>(Expression<Func<T, TRelated?>> navigation, Type relatedSortType, string? description = null)
        where TRelated : class
    {
        if (!typeof(SortInputGraphType<TRelated>).IsAssignableFrom(relatedSortType))
        {
            throw new ArgumentException(
                $"{relatedSortType.Name} must derive from SortInputGraphType<{typeof(TRelated).Name}>.", nameof(relatedSortType));
        }

        AddBinding(new SortFieldBinding(MemberName(navigation), navigation, relatedSortType), relatedSortType, description);
    }

    private static string MemberName(LambdaExpression member) => member.Body is MemberExpression access
        ? char.ToLowerInvariant(access.Member.Name[0]) + access.Member.Name[1..]
        : throw new ArgumentException($"Expected a member access such as `x => x.Name`, got `{member}`.", nameof(member));
}
