using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>Its name comes from the mutation (<c>PublishArticleInput</c>).</summary>
public sealed class PublishArticleInputType : InputObjectGraphType<ArticleVersionInput>
{
    public PublishArticleInputType()
    {
        Description = "The article to publish and the version you last read.";
        ArticleVersionInputType.AddVersionFields(this);
        Field(i => i.PublishedAt, nullable: true).Description("Publication time to show; by default the one it has, or now.");
    }
}
