using System.Linq.Expressions;

namespace QueryableGraphQL;

/// <summary>
/// Wraps a value so EF Core sends it as a SQL parameter rather than inlining a literal: one cached query plan
/// for every cursor, filter value and key list, and no literal quoting concerns.
/// </summary>
internal static class SqlParameter
{
    public static Expression For(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    /// <summary><c>row => keys.Contains(key(row))</c>, with the key list sent as parameters.</summary>
    public static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> key, IReadOnlyList<TKey> keys)
    {
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)],
            For(keys.ToList(), typeof(List<TKey>)), key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
