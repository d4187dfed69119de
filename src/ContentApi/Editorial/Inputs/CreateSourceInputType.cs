using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>Its name comes from the mutation.</summary>
public sealed class CreateSourceInputType : InputObjectGraphType<CreateSourceInput>
{
    public CreateSourceInputType()
    {
        Description = "A new quoted person or organisation. It stays out of public queries until a published article quotes it.";
        Field(i => i.Name).Description("Name of the person or organisation.");
        Field(i => i.Role, nullable: true).Description("Role as articles give it, such as 'co-founder and CEO'.");
        Field(i => i.Organization, nullable: true).Description("Organisation the source speaks for.");
        Field(i => i.Slug, nullable: true).Description("URL slug, unique among sources; by default made from the name.");
    }
}
