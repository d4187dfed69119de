using System.Linq.Expressions;

namespace QueryableGraphQL.Paging;

/// <summary>
/// Wraps a value so EF Core sends it as a SQL parameter rather than inlining a literal: one cached query plan
/// for every cursor, and no literal quoting concerns.
/// </summary>
internal static class SqlParameter
{
    public static Expression For(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    internal sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
