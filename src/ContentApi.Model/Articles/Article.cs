using ContentApi.Editorial;
using ContentApi.Sources;
using ContentApi.Topics;

namespace ContentApi.Articles;

/// <summary>A news article. Public queries only ever see <see cref="ArticleStatus.Published"/> ones.</summary>
public sealed class Article : IAudited
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";

    // Paragraphs are kept in order as one JSON column: the body is always read whole, never queried by paragraph.
    public List<string> Paragraphs { get; set; } = [];
    public string Section { get; set; } = "";

    /// <summary>UTC. Null when the source text gives no date; undated articles sort last.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>UTC. The article's own "last updated" date as its text states it, shown to readers; not the audit time.</summary>
    public DateTime? UpdatedAt { get; set; }
    public FeatureImage? FeatureImage { get; set; }
    public ArticleStatus Status { get; set; }
    public List<Topic> Topics { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];

    /// <summary>Optimistic concurrency token: 1 when created, advanced by every write to the article or its quotes.</summary>
    public int Version { get; set; } = 1;
    public DateTime? CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? ModifiedAt { get; set; }
    public string? ModifiedBy { get; set; }
}
