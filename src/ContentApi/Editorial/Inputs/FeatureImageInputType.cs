using GraphQL.Types;

namespace ContentApi.Editorial;

public sealed class FeatureImageInputType : InputObjectGraphType<FeatureImageInput>
{
    public FeatureImageInputType()
    {
        Name = "FeatureImageInput";
        Description = "The lead image of an article.";
        Field(i => i.Url).Description("Absolute http(s) URL of the image file.");
        Field(i => i.Caption, nullable: true).Description("Caption to show under the image.");
        Field(i => i.Credit, nullable: true).Description("Photographer or agency to credit.");
    }
}
