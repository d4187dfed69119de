using System.Linq.Expressions;

namespace QueryableGraphQL.Filtering;

/// <summary>Applies a member lambda to another expression, so nested paths compose into one translatable tree.</summary>
internal static class MemberAccess
{
    public static Expression Apply(LambdaExpression accessor, Expression target) =>
        new ParameterSwap(accessor.Parameters[0], target).Visit(accessor.Body);

    private sealed class ParameterSwap(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}
