using QueryableGraphQL.Filtering;

namespace QueryableGraphQL.Tests.Fixtures;

public sealed class BookFilterInput : FilterInputGraphType<Book>
{
    public BookFilterInput()
    {
        Id(b => b.Id);
        Field(b => b.Title, "Conditions on the book's title.");
        Field(b => b.Subtitle);
        Field(b => b.Pages);
        Field(b => b.Rating);
        Field(b => b.InPrint);
        Field(b => b.PublishedAt);
        Field(b => b.Status);
        Object(b => b.Author, typeof(AuthorFilterInput), "Conditions on the book's author; `author: null` matches books without one.");
        List(b => b.Tags, typeof(TagFilterInput));
        List(b => b.Reviews, typeof(ReviewFilterInput));
    }
}
