using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Editorial;

/// <summary>Creates, edits, publishes, unpublishes and deletes articles, each in one transaction.</summary>
public sealed class ArticleEditor(EditorialUnitOfWork unit)
{
    private static readonly Task<IReadOnlyList<EditorialError>> NoErrors = Task.FromResult<IReadOnlyList<EditorialError>>([]);

    public Task<EditResult> CreateAsync(CreateArticleInput input, Editor editor, CancellationToken cancellationToken) =>
        unit.RunAsync(async (db, token) =>
        {
            var article = new Article
            {
                Slug = input.Slug, Title = input.Title, Summary = input.Summary, Section = input.Section,
                Paragraphs = [.. input.Paragraphs], UpdatedAt = input.UpdatedAt?.ToUniversalTime(),
                FeatureImage = ToImage(input.FeatureImage), Status = ArticleStatus.Draft,
            };
            var errors = ArticleRules.Check(article);
            article.Topics = await TopicsAsync(db, input.TopicSlugs ?? [], errors, token);
            if (errors.Count > 0)
            {
                return EditResult.Refused(errors);
            }

            if (await db.Articles.AnyAsync(a => a.Slug == article.Slug, token))
            {
                return EditResult.Refused(new SlugTaken(article.Slug));
            }

            editor.StampCreated(article);
            db.Articles.Add(article);
            await db.SaveChangesAsync(token);
            return EditResult.Done(article);
        }, ArticleConflicts.SlugTakenBy(input.Slug), cancellationToken);

    public Task<EditResult> UpdateAsync(UpdateArticleInput input, Editor editor, CancellationToken cancellationToken) =>
        EditAsync(input.Id, input.Version, editor, async (db, article, token) =>
        {
            (article.Slug, article.Title, article.Summary, article.Section) =
                (input.Slug ?? article.Slug, input.Title ?? article.Title, input.Summary ?? article.Summary, input.Section ?? article.Section);
            article.Paragraphs = input.Paragraphs is { } paragraphs ? [.. paragraphs] : article.Paragraphs;
            article.FeatureImage = input.RemoveFeatureImage == true ? null : ToImage(input.FeatureImage) ?? article.FeatureImage;
            article.UpdatedAt = input.UpdatedAt?.ToUniversalTime() ?? article.UpdatedAt;
            var errors = ArticleRules.Check(article);
            if (input.TopicSlugs is { } slugs)
            {
                var topics = await TopicsAsync(db, slugs, errors, token);
                article.Topics.Clear();
                article.Topics.AddRange(topics);
            }

            if (errors.Count > 0)
            {
                return [.. errors];
            }

            return await db.Articles.AnyAsync(a => a.Slug == article.Slug && a.Id != article.Id, token) ? [new SlugTaken(article.Slug)] : [];
        }, cancellationToken, async (db, token) => await ArticleConflicts.VersionMoved(input.Id, input.Version)(db, token)
            ?? (input.Slug is { } slug ? await ArticleConflicts.SlugTakenBy(slug, input.Id)(db, token) : null));

    /// <summary>Makes the article public; its publication time is kept, or taken from the input, or now.</summary>
    public Task<EditResult> PublishAsync(ArticleVersionInput input, Editor editor, CancellationToken cancellationToken) =>
        EditAsync(input.Id, input.Version, editor, (_, article, _) =>
        {
            article.Status = ArticleStatus.Published;
            article.PublishedAt = input.PublishedAt?.ToUniversalTime() ?? article.PublishedAt ?? editor.Now;
            return NoErrors;
        }, cancellationToken);

    /// <summary>Takes the article back to a draft: it disappears from every public query at once.</summary>
    public Task<EditResult> UnpublishAsync(ArticleVersionInput input, Editor editor, CancellationToken cancellationToken) =>
        EditAsync(input.Id, input.Version, editor, (_, article, _) =>
        {
            article.Status = ArticleStatus.Draft;
            return NoErrors;
        }, cancellationToken);

    /// <summary>Deletes the article with its quotes and topic links; topics and sources stay.</summary>
    public Task<EditResult> DeleteAsync(ArticleVersionInput input, Editor editor, CancellationToken cancellationToken) =>
        EditAsync(input.Id, input.Version, editor, (db, article, _) =>
        {
            db.Articles.Remove(article);
            return NoErrors;
        }, cancellationToken);

    /// <summary>
    /// Loads the article, checks the version the editor read, applies <paramref name="change"/>, then advances the
    /// version; the UPDATE's <c>WHERE Version = read</c> makes a concurrent writer with the same version lose.
    /// </summary>
    internal Task<EditResult> EditAsync(
        string id, int version, Editor editor,
        Func<ContentDbContext, Article, CancellationToken, Task<IReadOnlyList<EditorialError>>> change,
        CancellationToken cancellationToken, EditorialUnitOfWork.Explain? explainConflict = null) =>
        unit.RunAsync(async (db, token) =>
        {
            var key = EditorialIds.Key(id, "Article");
            var article = key is null ? null : await db.Articles.Include(a => a.Topics).Include(a => a.Quotes).SingleOrDefaultAsync(a => a.Id == key, token);
            if (article is null)
            {
                return EditResult.Refused(new NotFound(id));
            }

            if (article.Version != version)
            {
                return EditResult.Refused(new VersionConflict(article.Version));
            }

            if (await change(db, article, token) is { Count: > 0 } errors)
            {
                return EditResult.Refused(errors);
            }

            if (db.Entry(article).State != EntityState.Deleted)
            {
                article.Version = version + 1;
                editor.StampModified(article);
            }

            await db.SaveChangesAsync(token);
            return EditResult.Done(article);
        }, explainConflict ?? ArticleConflicts.VersionMoved(id, version), cancellationToken);

    private static async Task<List<Topic>> TopicsAsync(ContentDbContext db, IReadOnlyList<string> slugs, List<InvalidInput> errors, CancellationToken token)
    {
        var topics = await db.Topics.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, token);
        for (var i = 0; i < slugs.Count; i++)
        {
            if (!topics.ContainsKey(slugs[i]))
            {
                errors.Add(new($"topicSlugs[{i}]", $"no topic has the slug '{slugs[i]}'; create it with createTopic first."));
            }
        }

        return [.. slugs.Distinct().Where(topics.ContainsKey).Select(slug => topics[slug])];
    }

    private static FeatureImage? ToImage(FeatureImageInput? input) =>
        input is null ? null : new FeatureImage { Url = input.Url, Caption = input.Caption, Credit = input.Credit };
}
