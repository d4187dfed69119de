namespace ContentApi.Editorial;

public sealed record CreateArticleInput(
    string Slug,
    string Title,
    string Summary,
    string Section,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string>? TopicSlugs,
    FeatureImageInput? FeatureImage,
    DateTime? UpdatedAt);
