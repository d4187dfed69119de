using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>Its name comes from the mutation.</summary>
public sealed class UpdateTopicInputType : InputObjectGraphType<UpdateTopicInput>
{
    public UpdateTopicInputType()
    {
        Description = "The topic fields to change; those left out keep their value.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Global id of the topic.");
        Field(i => i.Slug, nullable: true).Description("New URL slug.");
        Field(i => i.Name, nullable: true).Description("New display name.");
    }
}
