using QueryableGraphQL.Filtering;

namespace ContentApi.Topics;

public sealed class TopicFilterInput : FilterInputGraphType<Topic>
{
    public TopicFilterInput()
    {
        Field(t => t.Slug, "The topic's URL slug.");
        Field(t => t.Name, "The topic's display name.");
    }
}
