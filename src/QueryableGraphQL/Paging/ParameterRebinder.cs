using System.Linq.Expressions;

namespace QueryableGraphQL.Paging;

/// <summary>Puts a lambda's body onto another parameter, so several key selectors can share one row parameter.</summary>
internal sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Bind(LambdaExpression lambda, Expression target) =>
        new ParameterRebinder(lambda.Parameters[0], target).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
