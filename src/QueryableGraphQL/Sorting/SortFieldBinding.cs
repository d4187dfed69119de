using System.Linq.Expressions;

namespace QueryableGraphQL.Sorting;

/// <summary>Connects one GraphQL sort field to the entity member, or to the related entity's sort input.</summary>
internal sealed record SortFieldBinding(string Name, LambdaExpression Accessor, Type? NestedSortType = null);
