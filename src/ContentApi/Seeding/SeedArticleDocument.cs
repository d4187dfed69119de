namespace ContentApi.Seeding;

/// <summary>One seed file, as documented by <c>seeds/article.schema.json</c>.</summary>
public sealed record SeedArticleDocument(
    string Slug,
    string Title,
    string Summary,
    string Section,
    string Status,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    SeedFeatureImage? FeatureImage,
    IReadOnlyList<SeedTopic> Topics,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<SeedQuote> Quotes);
