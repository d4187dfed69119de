using QueryableGraphQL.Filtering;

namespace QueryableGraphQL.Tests.Fixtures;

public sealed class TagFilterInput : FilterInputGraphType<Tag>
{
    public TagFilterInput() => Field(t => t.Label);
}
