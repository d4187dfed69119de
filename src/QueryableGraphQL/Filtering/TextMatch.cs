using System.Linq.Expressions;
using System.Reflection;

namespace QueryableGraphQL.Filtering;

/// <summary>
/// Case-insensitive substring operators. Both sides are lower-cased (the column by the database's LOWER,
/// the search text in .NET) and the search text stays a parameter, so EF Core escapes <c>%</c>, <c>_</c>,
/// <c>\</c> and <c>[</c> itself on every provider. LOWER folds non-ASCII letters on PostgreSQL (UTF-8 locale)
/// and SQL Server; SQLite's built-in one folds ASCII only, so SQLite hosts replace it with a Unicode-aware
/// function on each connection (ContentApi's <c>UnicodeLowerFunction</c>).
/// </summary>
internal static class TextMatch
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    public static Expression Matches(string operation, Expression member, string text) =>
        Expression.AndAlso(IsSet(member), Call(operation, member, text));

    public static Expression DoesNotMatch(string operation, Expression member, string text) =>
        Expression.OrElse(Expression.Not(IsSet(member)), Expression.Not(Call(Uncapitalize(operation), member, text)));

    private static Expression IsSet(Expression member) =>
        Expression.NotEqual(member, Expression.Constant(null, typeof(string)));

    private static Expression Call(string operation, Expression member, string text)
    {
        var method = typeof(string).GetMethod(char.ToUpperInvariant(operation[0]) + operation[1..], [typeof(string)])!;
        var search = SqlParameter.For(text.ToLowerInvariant(), typeof(string));
        return Expression.Call(Expression.Call(member, ToLower), method, search);
    }

    private static string Uncapitalize(string operation) => char.ToLowerInvariant(operation[0]) + operation[1..];
}
