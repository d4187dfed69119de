using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Tests.Fixtures;

public sealed class BookSortInput : SortInputGraphType<Book>
{
    public BookSortInput()
    {
        Field(b => b.Title);
        Field(b => b.PublishedAt);
        Field(b => b.Rating);
        Object(b => b.Author, typeof(AuthorSortInput));
    }
}
