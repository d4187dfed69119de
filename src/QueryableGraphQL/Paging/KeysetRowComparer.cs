namespace QueryableGraphQL.Paging;

/// <summary>
/// Orders key tuples exactly as <see cref="OrderingApplier"/> orders rows: per key direction, nulls last (first
/// when reversed), strings by ordinal like SQLite's default collation. Used where SQL returns rows unordered.
/// </summary>
public sealed class KeysetRowComparer(KeysetOrdering ordering, bool reverse) : IComparer<object?[]>
{
    public int Compare(object?[]? x, object?[]? y)
    {
        for (var i = 0; i < ordering.Keys.Count; i++)
        {
            var (a, b) = (x![i], y![i]);
            if (a is null && b is null)
            {
                continue;
            }

            if (a is null || b is null)
            {
                var nullsLast = !reverse;
                return (a is null) == nullsLast ? 1 : -1;
            }

            var result = a is string text ? string.CompareOrdinal(text, (string)b) : Comparer<object>.Default.Compare(a, b);
            if (result != 0)
            {
                return ordering.Keys[i].Descending != reverse ? -result : result;
            }
        }

        return 0;
    }
}
