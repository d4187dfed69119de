namespace ContentApi.Articles;

/// <summary>One item a candidate shares with a parent article: the rows the candidate statements return.</summary>
internal sealed class RelatedSharedItemRow
{
    public int ArticleId { get; init; }
    public int CandidateId { get; init; }
    public DateTime? CandidatePublishedAt { get; init; }
    /// <summary>Both articles are in the same non-empty section; compared in SQL so no section text travels per row.</summary>
    public bool SameSection { get; init; }
    public RelatedItemKind Kind { get; init; }
    public int ItemId { get; init; }
}
