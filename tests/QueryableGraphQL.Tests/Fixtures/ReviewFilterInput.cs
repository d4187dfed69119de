using QueryableGraphQL.Filtering;

namespace QueryableGraphQL.Tests.Fixtures;

public sealed class ReviewFilterInput : FilterInputGraphType<Review>
{
    public ReviewFilterInput()
    {
        Field(r => r.Stars);
        Field(r => r.Comment);
    }
}
