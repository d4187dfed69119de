namespace ContentApi.Related;

/// <summary>An article and a topic it carries, or a source it quotes: one row of the index's input.</summary>
internal sealed class RelatedIndexPairRow
{
    public int ArticleId { get; init; }
    public int ItemId { get; init; }
}
