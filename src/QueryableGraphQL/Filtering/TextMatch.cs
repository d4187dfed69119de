using System.Linq.Expressions;
using System.Reflection;

namespace QueryableGraphQL.Filtering;

/// <summary>
/// Case-insensitive substring operators. Both sides are lower-cased (the column by the database's LOWER,
/// the search text in .NET) and the search text stays a parameter, so EF Core escapes <c>%</c>, <c>_</c>
/// and <c>[</c> itself on every provider. SQLite's LOWER folds ASCII letters only, so a search text with a
/// non-ASCII capital is also tried folded the same way: "É" then finds a stored "É", which a fully lowered
/// "é" never would, while "SÃO" still finds "são". Non-ASCII capitals in the column match only their exact
/// case on SQLite.
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
        var (lowered, asciiLowered) = (text.ToLowerInvariant(), LowerAscii(text));
        var match = CallLowered(operation, member, lowered);
        return asciiLowered == lowered ? match : Expression.OrElse(match, CallLowered(operation, member, asciiLowered));
    }

    private static Expression CallLowered(string operation, Expression member, string lowered)
    {
        var method = typeof(string).GetMethod(char.ToUpperInvariant(operation[0]) + operation[1..], [typeof(string)])!;
        var search = SqlParameter.For(lowered, typeof(string));
        return Expression.Call(Expression.Call(member, ToLower), method, search);
    }

    private static string LowerAscii(string text) => string.Create(text.Length, text, (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            chars[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
        }
    });

    private static string Uncapitalize(string operation) => char.ToLowerInvariant(operation[0]) + operation[1..];
}
