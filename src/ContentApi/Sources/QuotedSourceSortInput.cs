using QueryableGraphQL.Sorting;

namespace ContentApi.Sources;

public sealed class QuotedSourceSortInput : SortInputGraphType<QuotedSource>
{
    public QuotedSourceSortInput()
    {
        Field(s => s.Slug, "Sort by URL slug.");
        Field(s => s.Name, "Sort by name.");
        Field(s => s.Role, "Sort by role; sources without one come last.");
        Field(s => s.Organization, "Sort by organisation; sources without one come last.");
    }
}
