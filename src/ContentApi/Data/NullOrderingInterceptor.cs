using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Data;

/// <summary>
/// PostgreSQL sorts nulls as the largest value, SQLite and SQL Server as the smallest, and the paging conventions
/// (orderings and the keyset seeks that follow them) are written for the latter. On PostgreSQL each ordering on a
/// nullable key is preceded by a null flag in the same direction, so every provider returns the same order.
/// </summary>
internal sealed class NullOrderingInterceptor : IQueryExpressionInterceptor
{
    public static readonly NullOrderingInterceptor Instance = new();

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        new NullsSmallestVisitor(eventData.Context?.Model).Visit(queryExpression);

    private sealed class NullsSmallestVisitor(Microsoft.EntityFrameworkCore.Metadata.IModel? model) : ExpressionVisitor
    {
        private static readonly HashSet<string> Orderings =
            [nameof(Queryable.OrderBy), nameof(Queryable.OrderByDescending), nameof(Queryable.ThenBy), nameof(Queryable.ThenByDescending)];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var method = node.Method;
            if ((method.DeclaringType != typeof(Queryable) && method.DeclaringType != typeof(Enumerable))
                || !Orderings.Contains(method.Name) || node.Arguments.Count != 2
                || Unquote(node.Arguments[1]) is not { } selector || !CanBeNull(selector.Body))
            {
                return base.VisitMethodCall(node);
            }

            var source = Visit(node.Arguments[0]);
            var descending = method.Name.EndsWith("Descending", StringComparison.Ordinal);
            var isNull = Expression.Equal(selector.Body, Expression.Constant(null, selector.Body.Type));
            var flag = Expression.Lambda(Expression.Condition(isNull, Expression.Constant(0), Expression.Constant(1)), selector.Parameters);
            var flagged = Call(method, method.Name, source, flag, node.Arguments[1] is UnaryExpression);
            var then = descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy);
            return Call(method, then, flagged, (LambdaExpression)Visit(selector), node.Arguments[1] is UnaryExpression);
        }

        private static Expression Call(System.Reflection.MethodInfo original, string name, Expression source, LambdaExpression selector, bool quote)
        {
            var elementType = original.GetGenericArguments()[0];
            return Expression.Call(original.DeclaringType!, name, [elementType, selector.ReturnType], source,
                quote ? Expression.Quote(selector) : selector);
        }

        private static LambdaExpression? Unquote(Expression argument) => argument switch
        {
            UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression lambda } => lambda,
            LambdaExpression lambda => lambda,
            _ => null,
        };

        private bool CanBeNull(Expression key)
        {
            if (key.Type.IsValueType)
            {
                return Nullable.GetUnderlyingType(key.Type) is not null;
            }

            return key is not MemberExpression { Expression: { } owner } member
                || model?.FindEntityType(owner.Type)?.FindProperty(member.Member.Name)?.IsNullable != false;
        }
    }
}
