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

    /// <summary>
    /// A selective two-word search of the synthetic corpus: "as costs rise" ends one title in 97 (1,030 of 100,002
    /// articles, 10 of 1,002).
    /// </summary>
    public const string SelectivePair = "costs rise";

    /// <summary>A common two-word search: "grid reform" is one of ten sentence objects, in 83% of the articles (82,573 of 100,002).</summary>
    public const string CommonPair = "grid reform";

    private const string SearchEdges = "edges { score node { title slug publishedAt } highlights { field segments { text match } } } pageInfo { hasNextPage endCursor }";

    /// <summary>A search page as a front end's search box asks for it: 20 results with their highlights, best first.</summary>
    public const string Search = $"query Search($q: String!) {{ search(query: $q, first: 20) {{ {SearchEdges} }} }}";

    /// <summary><see cref="Search"/> that also shows how many articles match: one more statement, a count over the index.</summary>
    public const string SearchWithTotalCount = $"query Search($q: String!) {{ search(query: $q, first: 20) {{ totalCount {SearchEdges} }} }}";

    /// <summary><see cref="Search"/> without highlights: no statements for the page's text, no snippets.</summary>
    public const string SearchWithoutHighlights =
        "query Search($q: String!) { search(query: $q, first: 20) { edges { score node { title slug publishedAt } } pageInfo { hasNextPage endCursor } } }";

    /// <summary>
    /// <see cref="Search"/> with a <c>where</c> that keeps every published article: the same page, read the way
    /// a filtered search is (every match joined to the articles, then ranked and limited).
    /// </summary>
    public const string SearchJoinFirst =
        $"query Search($q: String!) {{ search(query: $q, first: 20, where: {{ status: {{ eq: PUBLISHED }} }}) {{ {SearchEdges} }} }}";
}
