using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>Its name comes from the mutation (<c>UpdateArticleInput</c>).</summary>
public sealed class UpdateArticleInputType : InputObjectGraphType<UpdateArticleInput>
{
    public UpdateArticleInputType()
    {
        Description = "The fields to change; those left out keep their value.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Global id of the article.");
        Field(i => i.Version).Description("The version you last read; a newer one means someone else changed it (ConcurrencyError).");
        Field(i => i.Slug, nullable: true).Description("New URL slug.");
        Field(i => i.Title, nullable: true).Description("New headline.");
        Field(i => i.Summary, nullable: true).Description("New standfirst.");
        Field(i => i.Section, nullable: true).Description("New section.");
        Field(i => i.Paragraphs, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("The whole new body, replacing the old one.");
        Field(i => i.TopicSlugs, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("The whole new list of topic slugs, replacing the old one.");
        Field<FeatureImageInputType>("featureImage").Description("A new lead image.");
        Field(i => i.RemoveFeatureImage, nullable: true).Description("True removes the lead image.");
        Field(i => i.UpdatedAt, nullable: true).Description("The 'last updated' time the article itself states.");
    }
}
