using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// Compiled EF Core queries for the article lists: newest first (publishedAt DESC, id DESC, undated last) as the
/// API orders them, one more row than the page to know whether another follows, seeking from a cursor on the
/// (Status, PublishedAt, Id) index. The global query filter keeps them to published articles.
/// </summary>
internal static class ArticleListQueries
{
    public static readonly Func<ContentDbContext, int, IAsyncEnumerable<FrontPageRow>> FirstPage = EF.CompileAsyncQuery(
        (ContentDbContext db, int take) => db.Articles
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => new FrontPageRow(a.Id, a.Title, a.Summary, a.PublishedAt))
            .Take(take));

    /// <summary>Dated rows after a dated cursor; undated rows come after all of them.</summary>
    public static readonly Func<ContentDbContext, DateTime, int, int, IAsyncEnumerable<FrontPageRow>> DatedAfter = EF.CompileAsyncQuery(
        (ContentDbContext db, DateTime at, int id, int take) => db.Articles
            .Where(a => a.PublishedAt < at || (a.PublishedAt == at && a.Id < id))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => new FrontPageRow(a.Id, a.Title, a.Summary, a.PublishedAt))
            .Take(take));

    public static readonly Func<ContentDbContext, int, int, IAsyncEnumerable<FrontPageRow>> UndatedBefore = EF.CompileAsyncQuery(
        (ContentDbContext db, int id, int take) => db.Articles
            .Where(a => a.PublishedAt == null && a.Id < id)
            .OrderByDescending(a => a.Id)
            .Select(a => new FrontPageRow(a.Id, a.Title, a.Summary, a.PublishedAt))
            .Take(take));

    /// <summary>Titles containing the lower-cased text (SQLite's lower() folds ASCII, as the API's filter does).</summary>
    public static readonly Func<ContentDbContext, string, string, int, IAsyncEnumerable<TitleDateRow>> TitleInTopic = EF.CompileAsyncQuery(
        (ContentDbContext db, string lowered, string topicSlug, int take) => db.Articles
            .Where(a => a.Title.ToLower().Contains(lowered) && a.Topics.Any(t => t.Slug == topicSlug))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => new TitleDateRow(a.Id, a.Title, a.PublishedAt))
            .Take(take));

    public static readonly Func<ContentDbContext, string, int, IAsyncEnumerable<SearchRow>> Title = EF.CompileAsyncQuery(
        (ContentDbContext db, string lowered, int take) => db.Articles
            .Where(a => a.Title.ToLower().Contains(lowered))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => new SearchRow(a.Title, a.Slug, a.PublishedAt))
            .Take(take));

    public static readonly Func<ContentDbContext, int, IAsyncEnumerable<RelatedListRow>> RelatedParents = EF.CompileAsyncQuery(
        (ContentDbContext db, int take) => db.Articles
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => new RelatedListRow(a.Id, a.Title, a.PublishedAt, a.Section))
            .Take(take));

    public static readonly Func<ContentDbContext, string, Task<ArticlePageRow?>> BySlug = EF.CompileAsyncQuery(
        (ContentDbContext db, string slug) => db.Articles
            .Where(a => a.Slug == slug)
            .Select(a => new ArticlePageRow(a.Id, a.Title, a.Summary, a.PublishedAt, a.Section, a.Paragraphs))
            .FirstOrDefault());
}
