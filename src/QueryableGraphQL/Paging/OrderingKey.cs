using System.Linq.Expressions;
using System.Reflection;

namespace QueryableGraphQL.Paging;

/// <summary>One key of a keyset ordering. Null values always sort last, whatever the direction.</summary>
public sealed record OrderingKey(string Path, LambdaExpression Selector, bool Descending)
{
    public Type ValueType => Selector.ReturnType;

    public Type NonNullableType => Nullable.GetUnderlyingType(ValueType) ?? ValueType;

    /// <summary>Whether the column can hold null, read from the property's nullable annotations.</summary>
    public bool IsNullable { get; init; } = IsNullableSelector(Selector);

    private static bool IsNullableSelector(LambdaExpression selector)
    {
        if (Nullable.GetUnderlyingType(selector.ReturnType) is not null)
        {
            return true;
        }

        if (selector.ReturnType.IsValueType)
        {
            return false;
        }

        // NullabilityInfoContext is not thread-safe, and orderings are built on parallel resolver threads.
        var nullability = new NullabilityInfoContext();
        return selector.Body is not MemberExpression { Member: PropertyInfo property } member
            || nullability.Create(property).ReadState != NullabilityState.NotNull
            || ThroughOptionalNavigation(member, nullability);
    }

    /// <summary>
    /// <c>book.Author.Name</c> is null for a book without an author, though Name itself is not nullable: SQL reads
    /// it through a LEFT JOIN.
    /// </summary>
    private static bool ThroughOptionalNavigation(MemberExpression member, NullabilityInfoContext nullability)
    {
        for (var target = member.Expression; target is MemberExpression { Member: PropertyInfo navigation } next; target = next.Expression)
        {
            if (!navigation.PropertyType.IsValueType && nullability.Create(navigation).ReadState != NullabilityState.NotNull)
            {
                return true;
            }
        }

        return false;
    }
}
