using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>Its name comes from the mutation (<c>CreateArticleInput</c>).</summary>
public sealed class CreateArticleInputType : InputObjectGraphType<CreateArticleInput>
{
    public CreateArticleInputType()
    {
        Description = "A new article; it starts as a draft.";
        Field(i => i.Slug).Description("URL slug: lower-case words joined by hyphens, unique among articles.");
        Field(i => i.Title).Description("The headline.");
        Field(i => i.Summary).Description("The standfirst shown in lists.");
        Field(i => i.Section).Description("Newsroom section, such as China.");
        Field(i => i.Paragraphs).Description("The body, one entry per paragraph, in reading order.");
        Field(i => i.TopicSlugs, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Slugs of existing topics to tag the article with.");
        Field<FeatureImageInputType>("featureImage").Description("The lead image, if any.");
        Field(i => i.UpdatedAt, nullable: true).Description("The 'last updated' time the article itself states, if any.");
    }
}
