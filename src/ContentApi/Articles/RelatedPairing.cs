namespace ContentApi.Articles;

/// <summary>A parent and a candidate side by side, so the window can be built as one predicate over both.</summary>
internal sealed class RelatedPairing
{
    public Article Parent { get; init; } = null!;
    public Article Candidate { get; init; } = null!;
}
