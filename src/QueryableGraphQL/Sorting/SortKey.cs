using System.Linq.Expressions;

namespace QueryableGraphQL.Sorting;

/// <summary>One level of a requested ordering: <paramref name="Selector"/> maps the entity to the value sorted on.</summary>
public sealed record SortKey(string Path, LambdaExpression Selector, bool Descending);
