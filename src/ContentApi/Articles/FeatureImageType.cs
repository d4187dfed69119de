using GraphQL.Types;

namespace ContentApi.Articles;

public sealed class FeatureImageType : ObjectGraphType<FeatureImage>
{
    public FeatureImageType()
    {
        Name = "FeatureImage";
        Description = "The lead image shown with an article.";
        Field(i => i.Url).Description("Absolute URL of the image file.");
        Field(i => i.Caption, nullable: true).Description("Caption to show under the image.");
        Field(i => i.Credit, nullable: true).Description("Photographer or agency to credit.");
    }
}
