using QueryableGraphQL.Filtering;

namespace QueryableGraphQL.Tests.Fixtures;

public sealed class AuthorFilterInput : FilterInputGraphType<Author>
{
    public AuthorFilterInput()
    {
        Field(a => a.Name);
        Field(a => a.Country);
        Field(a => a.BornAt);
        List(a => a.Books, typeof(BookFilterInput));
    }
}
