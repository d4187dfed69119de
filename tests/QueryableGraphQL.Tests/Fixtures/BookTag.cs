namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>
/// The link row of the book-tag many-to-many, mapped onto the table EF would create implicitly ("BookTag" with
/// BooksId and TagsId), so child loaders can query it while filter SQL stays as it was.
/// </summary>
public sealed class BookTag
{
    public int BooksId { get; set; }
    public int TagsId { get; set; }
    public Book Book { get; set; } = null!;
    public Tag Tag { get; set; } = null!;
}
