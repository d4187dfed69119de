using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace QueryableGraphQL;

/// <summary>
/// Wraps a value so EF Core sends it as a SQL parameter rather than inlining a literal: one cached query plan
/// for every cursor, filter value and key list, and no literal quoting concerns.
/// </summary>
internal static class SqlParameter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, Expression>> Holders = new();

    private static readonly MethodInfo HoldMethod = typeof(SqlParameter).GetMethod(nameof(Hold), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Expression For(object? value, Type type) =>
        Holders.GetOrAdd(type, static type => HoldMethod.MakeGenericMethod(type).CreateDelegate<Func<object?, Expression>>())(value);

    /// <summary><c>row => keys.Contains(key(row))</c>, with the key list sent as parameters.</summary>
    public static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> key, IReadOnlyList<TKey> keys)
    {
        var contains = GenericMethods.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], Hold<List<TKey>>(keys.ToList()), key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    private static Expression Hold<TValue>(object? value) =>
        Expression.Property(Expression.Constant(new Holder<TValue>(value is null ? default! : (TValue)value)), Holder<TValue>.ValueProperty);

    private sealed class Holder<TValue>(TValue value)
    {
        public static readonly PropertyInfo ValueProperty = typeof(Holder<TValue>).GetProperty(nameof(Value))!;

        public TValue Value { get; } = value;
    }
}
