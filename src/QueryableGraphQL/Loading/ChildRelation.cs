using System.Linq.Expressions;

namespace QueryableGraphQL.Loading;

/// <summary>A parent-to-children navigation that a loader reads for many parents at once.</summary>
public sealed record ChildRelation<TParent, TKey, TChild>(
    Expression<Func<TParent, TKey>> ParentKey,
    Expression<Func<TParent, IEnumerable<TChild>>> Children);
