namespace QueryableGraphQL.Tests.Fixtures;

public sealed class Tag
{
    public int Id { get; set; }
    public string Label { get; set; } = "";
    public List<Book> Books { get; set; } = [];
}
