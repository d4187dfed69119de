namespace ContentApi.Sources;

/// <summary>A person or organisation quoted in articles.</summary>
public sealed class QuotedSource
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    public string? Organization { get; set; }
    public List<Quote> Quotes { get; set; } = [];
}
