using ContentApi.Articles;
using GraphQL;
using GraphQL.Types;
using QueryableGraphQL.Relay;

namespace ContentApi.Editorial;

/// <summary>The editorial write API. The whole type needs the <c>editor</c> role; anyone else gets UNAUTHORIZED.</summary>
public sealed class ContentMutation : ObjectGraphType
{
    private static readonly (string, Type, string) ChangedArticle = ("article", typeof(ArticleType), "The article as it is now.");

    public ContentMutation(ArticleEditor articles)
    {
        Name = "Mutation";
        Description = "Write articles, quotes, topics and sources. Needs a bearer token with the role 'editor'.";
        this.AuthorizeWithRoles(JwtAuthOptions.EditorRole);

        this.AddMutation("createArticle", "Creates a draft article. Drafts are invisible to public queries until publishArticle.",
            new CreateArticleInputType(), ChangedArticle, [typeof(SlugTakenErrorType), typeof(ValidationErrorType)],
            (c, editor) => articles.CreateAsync(c.GetArgument<CreateArticleInput>("input"), editor, c.CancellationToken));
        this.AddMutation("updateArticle", "Changes the fields given; the others keep their value. Needs the version last read.",
            new UpdateArticleInputType(), ChangedArticle,
            [typeof(NotFoundErrorType), typeof(ConcurrencyErrorType), typeof(SlugTakenErrorType), typeof(ValidationErrorType)],
            (c, editor) => articles.UpdateAsync(c.GetArgument<UpdateArticleInput>("input"), editor, c.CancellationToken));
        this.AddMutation("publishArticle", "Makes an article public, in every list and related list at once.",
            new PublishArticleInputType(), ChangedArticle, [typeof(NotFoundErrorType), typeof(ConcurrencyErrorType)],
            (c, editor) => articles.PublishAsync(c.GetArgument<ArticleVersionInput>("input"), editor, c.CancellationToken));
        this.AddMutation("unpublishArticle", "Takes a published article back to a draft, hiding it from public queries.",
            new ArticleVersionInputType(), ChangedArticle, [typeof(NotFoundErrorType), typeof(ConcurrencyErrorType)],
            (c, editor) => articles.UnpublishAsync(c.GetArgument<ArticleVersionInput>("input"), editor, c.CancellationToken));
        this.AddMutation("deleteArticle", "Deletes an article with its quotes and topic links; its topics and sources stay.",
            new ArticleVersionInputType(), ("deletedId", typeof(IdGraphType), "Global id of the deleted article."),
            [typeof(NotFoundErrorType), typeof(ConcurrencyErrorType)],
            async (c, editor) => await articles.DeleteAsync(c.GetArgument<ArticleVersionInput>("input"), editor, c.CancellationToken) is var result
                && result.Value is Article deleted ? EditResult.Done(GlobalId.Encode("Article", deleted.Id)) : result);
    }
}
