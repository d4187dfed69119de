namespace ContentApi.Articles;

/// <summary>A parent article and one candidate, before looking at what they share.</summary>
internal sealed class RelatedPair
{
    public int ArticleId { get; init; }
    public int CandidateId { get; init; }
    public DateTime? CandidatePublishedAt { get; init; }
    /// <summary>Both articles are in the same non-empty section; compared in SQL so no section text travels per row.</summary>
    public bool SameSection { get; init; }
}
