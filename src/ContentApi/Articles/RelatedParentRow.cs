namespace ContentApi.Articles;

/// <summary>An article whose related list is being computed, with the size N of the published corpus.</summary>
internal sealed class RelatedParentRow
{
    public int Id { get; init; }
    public bool IsPublished { get; init; }
    public DateTime? PublishedAt { get; init; }
    public string Section { get; init; } = "";
    public int PublishedCount { get; init; }
}
