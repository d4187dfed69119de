namespace ContentApi.Articles;

/// <summary>df: how many published articles carry a topic or quote a source.</summary>
internal sealed class RelatedItemFrequency
{
    public RelatedItemKind Kind { get; init; }
    public int ItemId { get; init; }
    public int ArticleCount { get; init; }
}
