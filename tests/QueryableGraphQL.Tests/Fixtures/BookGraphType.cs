using GraphQL.Types;

namespace QueryableGraphQL.Tests.Fixtures;

public sealed class BookGraphType : ObjectGraphType<Book>
{
    public BookGraphType()
    {
        Name = "Book";
        Description = "A book in the test catalogue.";
        Field(b => b.Id).Description("The book's key.");
        Field(b => b.Title).Description("The book's title.");
        Field(b => b.PublishedAt, nullable: true).Description("When the book was published.");
        Field(b => b.Status).Description("Where the book is in its life cycle.");
    }
}
