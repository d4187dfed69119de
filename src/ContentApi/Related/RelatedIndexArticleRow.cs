namespace ContentApi.Related;

/// <summary>What the index keeps of a published article.</summary>
internal sealed class RelatedIndexArticleRow
{
    public int Id { get; init; }
    public DateTime? PublishedAt { get; init; }
    public string Section { get; init; } = "";
}
