using ContentApi.Editorial;

namespace ContentApi.Sources;

/// <summary>A person or organisation quoted in articles.</summary>
public sealed class QuotedSource : IAudited
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    public string? Organization { get; set; }
    public List<Quote> Quotes { get; set; } = [];
    public DateTime? CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? ModifiedAt { get; set; }
    public string? ModifiedBy { get; set; }
}
