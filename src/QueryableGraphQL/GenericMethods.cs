using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace QueryableGraphQL;

/// <summary>
/// <c>Expression.Call(typeof(Queryable), "OrderBy", [types], …)</c> with the closed method found once. That overload
/// searches the type's methods and closes the match on every call, and each statement of a request builds several
/// such calls (orderings, key lists, quantifiers): reflection arrays were about a tenth of a front page's bytes.
/// </summary>
internal static class GenericMethods
{
    private static readonly ConcurrentDictionary<(Type Declaring, string Name, int Arguments, Type First, Type? Second), MethodInfo> Closed = new();

    public static MethodCallExpression Call(Type declaring, string name, Type[] typeArguments, params Expression[] arguments)
    {
        if (typeArguments.Length is 0 or > 2)
        {
            return Expression.Call(declaring, name, typeArguments, arguments);
        }

        var key = (declaring, name, arguments.Length, typeArguments[0], typeArguments.Length == 2 ? typeArguments[1] : null);
        var method = Closed.GetOrAdd(key, static (_, call) => Expression.Call(call.declaring, call.name, call.typeArguments, call.arguments).Method, (declaring, name, typeArguments, arguments));
        return Expression.Call(method, arguments);
    }
}
