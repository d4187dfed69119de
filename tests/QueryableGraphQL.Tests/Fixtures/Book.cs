namespace QueryableGraphQL.Tests.Fixtures;

public sealed class Book
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public int Pages { get; set; }
    public double? Rating { get; set; }
    public bool InPrint { get; set; }
    public DateTime? PublishedAt { get; set; }
    public BookStatus Status { get; set; }
    public int? AuthorId { get; set; }
    public Author? Author { get; set; }
    public List<Tag> Tags { get; set; } = [];
    public List<Review> Reviews { get; set; } = [];
}
