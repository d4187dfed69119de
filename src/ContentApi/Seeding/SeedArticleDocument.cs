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

public sealed record SeedFeatureImage(string Url, string? Caption, string? Credit);

public sealed record SeedTopic(string Slug, string Name);

public sealed record SeedQuote(string Text, SeedSource Source);

public sealed record SeedSource(string Slug, string Name, string? Role, string? Organization);
