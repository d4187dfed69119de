using System.Linq.Expressions;

namespace QueryableGraphQL.Loading;

/// <summary>
/// How children hang off their parents, seen from the link rows: for a many-to-many the join entity
/// (<c>ArticleTopic: ArticleId → Topic</c>), for a one-to-many the child itself (<c>Quote: ArticleId → quote</c>).
/// Loaders query the link table directly, so a batch is one indexed join rather than a scan of every parent's children.
/// </summary>
public sealed record ChildRelation<TLink, TKey, TChild>(
    Expression<Func<TLink, TKey>> ParentKey,
    Expression<Func<TLink, TChild>> Child)
{
    /// <summary><paramref name="lambda"/> applied to the child of a link row: <c>link => lambda(child(link))</c>.</summary>
    public Expression<Func<TLink, TResult>> OnChild<TResult>(Expression<Func<TChild, TResult>> lambda) =>
        Expression.Lambda<Func<TLink, TResult>>(Paging.ParameterRebinder.Bind(lambda, Child.Body), Child.Parameters);

    public LambdaExpression OnChild(LambdaExpression lambda) =>
        Expression.Lambda(Paging.ParameterRebinder.Bind(lambda, Child.Body), Child.Parameters);
}
