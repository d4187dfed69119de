using ContentApi.Articles;

namespace ContentApi.Search;

/// <summary>One result of a search: the article, its score and the highlighted passages, with its cursor.</summary>
internal sealed record ArticleSearchEdge(string Cursor, Article Node, double Score, IReadOnlyList<SearchHighlight> Highlights);
