namespace ContentApi.Related;

/// <summary>A scored candidate: its position in the <see cref="RelatedIndex"/> and its score for one parent.</summary>
internal readonly record struct RelatedCandidate(int Position, double Score);
