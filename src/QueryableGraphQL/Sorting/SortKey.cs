using System.Linq.Expressions;

namespace QueryableGraphQL.Sorting;

/// <summary>
/// One level of an ordering requested through <c>order</c>, in priority order.
/// Items whose value is null sort last in both directions; applying that rule (and the primary-key
/// tie-breaker) is the pager's job.
/// </summary>
/// <param name="Path">The GraphQL path of the sorted field, such as <c>publishedAt</c> or <c>author.name</c>.</param>
/// <param name="Selector">
/// Entity to value; navigations are composed into one lambda (<c>book =&gt; book.Author.Name</c>)
/// meant for query translation, where a missing related row yields null.
/// </param>
/// <param name="Descending">Whether <c>DESC</c> was requested.</param>
public sealed record SortKey(string Path, LambdaExpression Selector, bool Descending);
