using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Tests.Fixtures;

public sealed class AuthorSortInput : SortInputGraphType<Author>
{
    public AuthorSortInput()
    {
        Field(a => a.Name);
        Field(a => a.BornAt);
    }
}
