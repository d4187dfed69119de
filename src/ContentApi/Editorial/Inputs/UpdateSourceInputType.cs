using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>Its name comes from the mutation.</summary>
public sealed class UpdateSourceInputType : InputObjectGraphType<UpdateSourceInput>
{
    public UpdateSourceInputType()
    {
        Description = "The source fields to change; those left out keep their value.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Global id of the source.");
        Field(i => i.Name, nullable: true).Description("New name.");
        Field(i => i.Role, nullable: true).Description("New role.");
        Field(i => i.Organization, nullable: true).Description("New organisation.");
        Field(i => i.Slug, nullable: true).Description("New URL slug.");
    }
}
