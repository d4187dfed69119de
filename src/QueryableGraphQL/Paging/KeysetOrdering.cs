using System.Linq.Expressions;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Paging;

/// <summary>
/// A complete, total ordering: the requested sort keys (or the list's default) followed by the primary key as
/// tie-breaker. Its <see cref="Signature"/> binds cursors to it.
/// </summary>
public sealed class KeysetOrdering
{
    private KeysetOrdering(IReadOnlyList<OrderingKey> keys, string? field = null)
    {
        Keys = keys;
        var signature = string.Join(',', keys.Select(k => $"{k.Path}:{(k.Descending ? "DESC" : "ASC")}"));
        Signature = field is null ? signature : $"{field}|{signature}";
    }

    public IReadOnlyList<OrderingKey> Keys { get; }

    public string Signature { get; }

    /// <summary>
    /// The same ordering, its cursors bound to one field (such as <c>Query.topics</c>) as well: two lists with the
    /// same keys would otherwise accept each other's cursors and seek to a row of the wrong list.
    /// </summary>
    public KeysetOrdering BoundTo(string field) => new(Keys, field);

    /// <summary>
    /// The primary key follows the first key's direction, so an index on (key, id) serves both the order and the
    /// keyset seek with one scan direction.
    /// </summary>
    public static KeysetOrdering Create<T, TKey>(
        IReadOnlyList<SortKey> requested, IReadOnlyList<SortKey> defaults, Expression<Func<T, TKey>> primaryKey, string primaryKeyPath = "id")
    {
        var sortKeys = requested.Count > 0 ? requested : defaults;
        var keys = sortKeys
            .Where(k => k.Path != primaryKeyPath)
            .Select(k => new OrderingKey(k.Path, k.Selector, k.Descending))
            .ToList();
        var idDescending = sortKeys.Count > 0 && sortKeys[0].Descending;
        keys.Add(new OrderingKey(primaryKeyPath, primaryKey, idDescending));
        return new KeysetOrdering(keys);
    }
}
