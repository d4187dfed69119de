using ContentApi.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>One article by slug with its body, topics, quotes and sources, and its five most related articles.</summary>
internal static class ArticlePage
{
    public static async Task<IResult> GetAsync(
        string slug, IDbContextFactory<ContentDbContext> contexts, RelatedOptions options, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ArticleListQueries.BySlug(db, slug) is not { } article)
        {
            return Results.Json(new ArticleData(null), BaselineJsonContext.Default.ArticleData);
        }

        int[] ids = [article.Id];
        var topics = await ArticleChildQueries.TopicsAsync(db, ids, cancellationToken);
        var quotes = await ArticleChildQueries.QuotesAsync(db, ids, cancellationToken);
        var related = await RelatedRanking.TopAsync(
            db, [new RelatedParent(article.Id, article.PublishedAt, article.Section)], BaselineEndpoints.RelatedFirst, options, cancellationToken);
        var node = new ArticlePageNode(
            article.Title,
            article.Summary,
            BaselineEndpoints.Iso(article.PublishedAt),
            string.Join("\n\n", article.Paragraphs),
            [.. topics[article.Id]],
            [.. quotes[article.Id]],
            [.. related[article.Id].Select(r => new RelatedWithDate(r.Score, new SlugTitleDate(r.Article.Title, r.Article.Slug, BaselineEndpoints.Iso(r.Article.PublishedAt))))]);
        return Results.Json(new ArticleData(node), BaselineJsonContext.Default.ArticleData);
    }
}
