namespace ContentApi.Data;

/// <summary>
/// The names of the model's query filters, one per entity type. A query that reaches its rows only through parents
/// that were themselves read through these filters may ignore, by name, the ones those parents already decided:
/// the topics and quotes of a published article, and the source of such a quote, are public by definition.
/// </summary>
public static class VisibilityFilters
{
    /// <summary><c>Article</c>: published only. Never ignored on a public read.</summary>
    public const string PublishedArticle = "PublishedArticle";

    /// <summary><c>ArticleTopic</c>: a link row of a published article.</summary>
    public const string TopicLinkOfPublishedArticle = "TopicLinkOfPublishedArticle";

    /// <summary><c>Topic</c>: carried by at least one published article.</summary>
    public const string TopicOfPublishedArticle = "TopicOfPublishedArticle";

    /// <summary><c>Quote</c>: a quote in a published article.</summary>
    public const string QuoteInPublishedArticle = "QuoteInPublishedArticle";

    /// <summary><c>QuotedSource</c>: quoted in at least one published article.</summary>
    public const string SourceInPublishedArticle = "SourceInPublishedArticle";
}
