using System.Collections.Concurrent;
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

    /// <summary>
    /// What the annotations say of each property, read once: reading them builds custom attribute data, and every
    /// request builds its orderings (a perf profile put it at 1% of the front page's CPU).
    /// </summary>
    private static readonly ConcurrentDictionary<PropertyInfo, bool> MayBeNullProperties = new();

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

        return selector.Body is not MemberExpression { Member: PropertyInfo property } member
            || MayBeNull(property)
            || ThroughOptionalNavigation(member);
    }

    /// <summary>
    /// <c>book.Author.Name</c> is null for a book without an author, though Name itself is not nullable: SQL reads
    /// it through a LEFT JOIN.
    /// </summary>
    private static bool ThroughOptionalNavigation(MemberExpression member)
    {
        for (var target = member.Expression; target is MemberExpression { Member: PropertyInfo navigation } next; target = next.Expression)
        {
            if (!navigation.PropertyType.IsValueType && MayBeNull(navigation))
            {
                return true;
            }
        }

        return false;
    }

    // NullabilityInfoContext is not thread-safe, and orderings are built on parallel resolver threads: one per miss.
    private static bool MayBeNull(PropertyInfo property) =>
        MayBeNullProperties.GetOrAdd(property, static p => new NullabilityInfoContext().Create(p).ReadState != NullabilityState.NotNull);
}
