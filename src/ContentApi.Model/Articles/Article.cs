using ContentApi.Sources;
using ContentApi.Topics;

namespace ContentApi.Articles;

/// <summary>A news article. Public queries only ever see <see cref="ArticleStatus.Published"/> ones.</summary>
public sealed class Article
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

    /// <summary>UTC.</summary>
    public DateTime? UpdatedAt { get; set; }
    public FeatureImage? FeatureImage { get; set; }
    public ArticleStatus Status { get; set; }
    public List<Topic> Topics { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
}
