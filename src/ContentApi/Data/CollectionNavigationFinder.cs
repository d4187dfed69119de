using System.Linq.Expressions;

namespace ContentApi.Data;

/// <summary>Whether an expression reads a collection of entities (<c>topic.Articles</c>, <c>source.Quotes</c>).</summary>
internal sealed class CollectionNavigationFinder : ExpressionVisitor
{
    private bool _found;

    public static bool Finds(Expression? expression)
    {
        if (expression is null)
        {
            return false;
        }

        var finder = new CollectionNavigationFinder();
        finder.Visit(expression);
        return finder._found;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        _found |= IsEntityCollection(node.Type);
        return _found ? node : base.VisitMember(node);
    }

    /// <summary>Primitive collections (an article's paragraphs) are columns, not navigations.</summary>
    private static bool IsEntityCollection(Type type) =>
        type != typeof(string)
        && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            && i.GetGenericArguments()[0] is { IsClass: true } element && element != typeof(string));
}
