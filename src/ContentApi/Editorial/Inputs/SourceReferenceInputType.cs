using GraphQL.Types;

namespace ContentApi.Editorial;

public sealed class SourceReferenceInputType : InputObjectGraphType<SourceReferenceInput>
{
    public SourceReferenceInputType()
    {
        Name = "SourceReferenceInput";
        Description = "An existing quoted source: its id, or its exact name and organization.";
        Field(i => i.Id, type: typeof(IdGraphType)).Description("Global id of the source.");
        Field(i => i.Name, nullable: true).Description("Exact name, when no id is given.");
        Field(i => i.Organization, nullable: true).Description("Exact organisation, with the name; left out, it matches sources without one.");
    }
}
