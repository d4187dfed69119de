namespace ContentApi.Articles;

/// <summary>A topic an article carries or a source it quotes.</summary>
internal sealed class RelatedItemRow
{
    public int ArticleId { get; init; }
    public RelatedItemKind Kind { get; init; }
    public int ItemId { get; init; }
}
