namespace ContentApi.Benchmarks.Baseline;

// The response shapes of arm B, one record per JSON object, declared in the order the GraphQL selections list
// their fields so the serialized text matches the API's `data` byte for byte.

internal sealed record ArticlesData<TConnection>(TConnection Articles);

internal sealed record ArticleData(ArticlePageNode? Article);

internal sealed record PagedNodes<TNode>(List<TNode> Nodes, PageInfo PageInfo);

internal sealed record NodeList<TNode>(List<TNode> Nodes);

internal sealed record PageInfo(bool HasNextPage, string? EndCursor);

internal sealed record Named(string Name);

internal sealed record SourceNameQuote(Named Source);

internal sealed record TextQuote(string Text, Named Source);

internal sealed record FrontPageNode(string Title, string Summary, string? PublishedAt, List<Named> Topics, List<SourceNameQuote> Quotes);

internal sealed record TopicPageNode(string Title, string? PublishedAt, List<Named> Topics, List<TextQuote> Quotes);

internal sealed record SearchNode(string Title, string Slug, string? PublishedAt);

internal sealed record SearchData(SearchConnection Search);

internal sealed record SearchConnection(List<SearchEdge> Edges, PageInfo PageInfo);

internal sealed record SearchEdge(double Score, SearchNode Node, List<SearchHighlightJson> Highlights);

internal sealed record SearchHighlightJson(string Field, List<SearchSegmentJson> Segments);

internal sealed record SearchSegmentJson(string Text, bool Match);

internal sealed record ArticlePageNode(
    string Title, string Summary, string? PublishedAt, string Body, List<Named> Topics, List<TextQuote> Quotes, List<RelatedWithDate> Related);

internal sealed record RelatedWithDate(double Score, SlugTitleDate Article);

internal sealed record SlugTitleDate(string Title, string Slug, string? PublishedAt);

internal sealed record RelatedListNode(string Title, List<RelatedTitle> Related);

internal sealed record RelatedTitle(double Score, SlugTitle Article);

internal sealed record SlugTitle(string Title, string Slug);
