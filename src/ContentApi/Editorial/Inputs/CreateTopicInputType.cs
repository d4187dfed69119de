using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>Its name comes from the mutation.</summary>
public sealed class CreateTopicInputType : InputObjectGraphType<CreateTopicInput>
{
    public CreateTopicInputType()
    {
        Description = "A new topic. It stays out of public queries until a published article carries it.";
        Field(i => i.Slug).Description("URL slug: lower-case words joined by hyphens, unique among topics.");
        Field(i => i.Name).Description("Display name.");
    }
}
