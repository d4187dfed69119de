using QueryableGraphQL.Filtering;

namespace ContentApi.Sources;

public sealed class QuotedSourceFilterInput : FilterInputGraphType<QuotedSource>
{
    public QuotedSourceFilterInput()
    {
        Field(s => s.Slug, "The source's URL slug.");
        Field(s => s.Name, "The person's or organisation's name.");
        Field(s => s.Role, "The role the source was quoted in, such as CEO.");
        Field(s => s.Organization, "The organisation the source speaks for.");
    }
}
