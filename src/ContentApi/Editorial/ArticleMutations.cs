using ContentApi.Articles;
using GraphQL;
using GraphQL.Types;
using QueryableGraphQL.Relay;

namespace ContentApi.Editorial;

internal static class ArticleMutations
{
    public static readonly (string, Type, string) ChangedArticle = ("article", typeof(ArticleType), "The article as it is now.");
    private static readonly Type[] VersionErrors = [typeof(NotFoundErrorType), typeof(ConcurrencyErrorType)];

    public static void AddArticleMutations(this ObjectGraphType mutation, ArticleEditor articles)
    {
        mutation.AddMutation("createArticle", "Creates a draft article. Drafts are invisible to public queries until publishArticle.",
            new CreateArticleInputType(), ChangedArticle, [typeof(SlugTakenErrorType), typeof(ValidationErrorType)],
            (c, editor) => articles.CreateAsync(c.GetArgument<CreateArticleInput>("input"), editor, c.CancellationToken));
        mutation.AddMutation("updateArticle", "Changes the fields given; the others keep their value. Needs the version last read.",
            new UpdateArticleInputType(), ChangedArticle, [.. VersionErrors, typeof(SlugTakenErrorType), typeof(ValidationErrorType)],
            (c, editor) => articles.UpdateAsync(c.GetArgument<UpdateArticleInput>("input"), editor, c.CancellationToken));
        mutation.AddMutation("publishArticle", "Makes an article public, in every list and related list at once.",
            new PublishArticleInputType(), ChangedArticle, VersionErrors,
            (c, editor) => articles.PublishAsync(c.GetArgument<ArticleVersionInput>("input"), editor, c.CancellationToken));
        mutation.AddMutation("unpublishArticle", "Takes a published article back to a draft, hiding it from public queries.",
            new ArticleVersionInputType(), ChangedArticle, VersionErrors,
            (c, editor) => articles.UnpublishAsync(c.GetArgument<ArticleVersionInput>("input"), editor, c.CancellationToken));
        mutation.AddMutation("deleteArticle", "Deletes an article with its quotes and topic links; its topics and sources stay.",
            new ArticleVersionInputType(), ("deletedId", typeof(IdGraphType), "Global id of the deleted article."), VersionErrors,
            async (c, editor) => await articles.DeleteAsync(c.GetArgument<ArticleVersionInput>("input"), editor, c.CancellationToken) is var result
                && result.Value is Article deleted ? EditResult.Done(GlobalId.Encode("Article", deleted.Id)) : result);
    }
}
