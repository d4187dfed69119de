namespace QueryableGraphQL.Tests.Fixtures;

public sealed class Author
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Country { get; set; }
    public DateTime? BornAt { get; set; }
    public List<Book> Books { get; set; } = [];
}
