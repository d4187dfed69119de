namespace ContentApi.Benchmarks;

/// <summary>The GraphQL documents the benchmarks send, as a front-end would write them.</summary>
public static class ArticleQueries
{
    public const int PageSize = 50;

    public const string FirstPage =
        "{ articles(first: 50, order: [{ publishedAt: DESC }]) { nodes { id title publishedAt } pageInfo { hasNextPage endCursor } } }";

    /// <summary>The same page as <see cref="FirstPage"/>, read from a cursor, as a client paging forward asks for it.</summary>
    public const string PageAfter =
        "query PageAfter($after: String) { articles(first: 50, after: $after, order: [{ publishedAt: DESC }]) { nodes { id title publishedAt } pageInfo { hasNextPage endCursor } } }";

    /// <summary>
    /// <see cref="PageAfter"/> that also asks for <c>hasPreviousPage</c>: exact on the cursor's far side, which costs
    /// the server a second statement (a look behind the cursor).
    /// </summary>
    public const string PageAfterExactPageInfo =
        "query PageAfter($after: String) { articles(first: 50, after: $after, order: [{ publishedAt: DESC }]) { nodes { id title publishedAt } pageInfo { hasPreviousPage hasNextPage endCursor } } }";

    /// <summary>"rail links" is one of ten synthetic title objects; Economy is the most frequent synthetic topic.</summary>
    public const string Filtered =
        """{ articles(first: 20, where: { title: { contains: "rail" }, topics: { some: { slug: { eq: "economy" } } } }) { nodes { title } } }""";

    public const string Nested =
        "{ articles(first: 10) { nodes { title topics { name } quotes { text source { name } } } } }";

    public const string Related =
        "{ articles(first: 20) { nodes { title related(first: 5) { score article { title } } } } }";
}
