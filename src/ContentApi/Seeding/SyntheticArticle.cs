namespace ContentApi.Seeding;

/// <summary>One generated article, referring to topics and sources by their index in the synthetic pools.</summary>
public sealed record SyntheticArticle(
    int Number,
    string Slug,
    string Title,
    string Summary,
    IReadOnlyList<string> Paragraphs,
    DateTime PublishedAt,
    IReadOnlyList<int> TopicIndexes,
    IReadOnlyList<(int SourceIndex, string Text)> Quotes);
