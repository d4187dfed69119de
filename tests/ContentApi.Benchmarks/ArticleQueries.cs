namespace ContentApi.Benchmarks;

/// <summary>The GraphQL documents the benchmarks send, as a front-end would write them.</summary>
public static class ArticleQueries
{
    public const int PageSize = 50;

    public const string FirstPage =
        "{ articles(first: 50, order: [{ publishedAt: DESC }]) { nodes { id title publishedAt } pageInfo { endCursor } } }";

    /// <summary>The same page as <see cref="FirstPage"/>, read from a cursor.</summary>
    public const string PageAfter =
        "query PageAfter($after: String) { articles(first: 50, after: $after, order: [{ publishedAt: DESC }]) { nodes { id title publishedAt } pageInfo { endCursor } } }";

    /// <summary>
    /// <see cref="PageAfter"/> without <c>pageInfo</c>: selecting pageInfo at all makes the server also probe for
    /// rows before the cursor (exact hasPreviousPage), a second statement this variant leaves out.
    /// </summary>
    public const string PageAfterNodesOnly =
        "query PageAfter($after: String) { articles(first: 50, after: $after, order: [{ publishedAt: DESC }]) { nodes { id title publishedAt } } }";

    /// <summary>"rail links" is one of ten synthetic title objects; Economy is the most frequent synthetic topic.</summary>
    public const string Filtered =
        """{ articles(first: 20, where: { title: { contains: "rail" }, topics: { some: { slug: { eq: "economy" } } } }) { nodes { title } } }""";

    public const string Nested =
        "{ articles(first: 10) { nodes { title topics { name } quotes { text source { name } } } } }";

    public const string Related =
        "{ articles(first: 20) { nodes { title related(first: 5) { score article { title } } } } }";
}
