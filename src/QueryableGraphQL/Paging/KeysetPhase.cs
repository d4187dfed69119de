using System.Linq.Expressions;

namespace QueryableGraphQL.Paging;

/// <summary>
/// A slice of the ordering in which the leading key is either all non-null or all null. Reading a nullable
/// leading key phase by phase keeps each phase a plain index range, so a deep page seeks instead of scanning.
/// </summary>
internal sealed record KeysetPhase<T>(Expression<Func<T, bool>>? Predicate, IReadOnlyList<OrderingKey> Keys, int SkippedKeys)
{
    public static IReadOnlyList<KeysetPhase<T>> For(KeysetOrdering ordering)
    {
        var keys = ordering.Keys;
        if (!keys[0].IsNullable)
        {
            return [new KeysetPhase<T>(null, keys, 0)];
        }

        var leading = keys[0].Selector;
        var isNull = Expression.Equal(leading.Body, Expression.Constant(null, leading.ReturnType));
        return
        [
            new KeysetPhase<T>(Expression.Lambda<Func<T, bool>>(Expression.Not(isNull), leading.Parameters), [keys[0] with { IsNullable = false }, .. keys.Skip(1)], 0),
            new KeysetPhase<T>(Expression.Lambda<Func<T, bool>>(isNull, leading.Parameters), [.. keys.Skip(1)], 1),
        ];
    }

    /// <summary>Index of the phase a cursor row belongs to.</summary>
    public static int IndexOf(IReadOnlyList<KeysetPhase<T>> phases, object?[] cursor) =>
        phases.Count == 1 || cursor[0] is not null ? 0 : 1;

    public IQueryable<T> Rows(IQueryable<T> source, object?[]? cursor, bool after, bool inclusive = false)
    {
        var rows = Predicate is null ? source : source.Where(Predicate);
        return cursor is null ? rows : rows.Where(SeekPredicateBuilder.Build<T>(Keys, cursor[SkippedKeys..], after, inclusive));
    }
}
