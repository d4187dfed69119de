namespace ContentApi.Editorial;

/// <summary>Fields left out (null) keep their value.</summary>
public sealed record UpdateArticleInput(
    string Id,
    int Version,
    string? Slug,
    string? Title,
    string? Summary,
    string? Section,
    IReadOnlyList<string>? Paragraphs,
    IReadOnlyList<string>? TopicSlugs,
    FeatureImageInput? FeatureImage,
    bool? RemoveFeatureImage,
    DateTime? UpdatedAt);
