using ContentApi.Articles;
using ContentApi.Sources;
using ContentApi.Topics;

namespace ContentApi.Related;

/// <summary>One entry of <c>Article.related</c>: the article, its score and what it has in common with the parent.</summary>
public sealed class RelatedArticle
{
    public required Article Article { get; init; }
    public required double Score { get; init; }
    public required IReadOnlyList<Topic> SharedTopics { get; init; }
    public required IReadOnlyList<QuotedSource> SharedSources { get; init; }
}
