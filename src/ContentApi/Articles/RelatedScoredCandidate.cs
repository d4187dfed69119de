namespace ContentApi.Articles;

/// <summary>A candidate with its score and the ids of what it shares with the parent.</summary>
internal sealed record RelatedScoredCandidate(
    int CandidateId, DateTime? PublishedAt, double Score, IReadOnlyList<int> TopicIds, IReadOnlyList<int> SourceIds);
