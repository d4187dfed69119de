using ContentApi.Articles;
using QueryableGraphQL.Paging;

namespace ContentApi.Search;

/// <summary>A page of search results. <see cref="TotalCount"/> is null when the client did not ask for it.</summary>
internal sealed record ArticleSearchConnection(IReadOnlyList<ArticleSearchEdge> Edges, PageInfo PageInfo, int? TotalCount)
{
    public static ArticleSearchConnection Empty { get; } = new([], new PageInfo(false, false, null, null), 0);

    public IEnumerable<Article> Nodes => Edges.Select(e => e.Node);
}
