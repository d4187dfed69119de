using QueryableGraphQL.Sorting;

namespace ContentApi.Topics;

public sealed class TopicSortInput : SortInputGraphType<Topic>
{
    public TopicSortInput()
    {
        Field(t => t.Slug, "Sort by URL slug.");
        Field(t => t.Name, "Sort by display name.");
    }
}
