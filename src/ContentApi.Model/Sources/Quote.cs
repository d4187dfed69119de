using ContentApi.Articles;

namespace ContentApi.Sources;

/// <summary>One direct quote a source gave in one article.</summary>
public sealed class Quote
{
    public int Id { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Zero-based order of the quote within its article.</summary>
    public int Position { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int SourceId { get; set; }
    public QuotedSource Source { get; set; } = null!;
}
