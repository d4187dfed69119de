using ContentApi.Articles;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Articles;

/// <summary>The expected order of published articles, computed in memory from the rows, independently of the API.</summary>
internal static class ArticleOracle
{
    /// <summary>publishedAt DESC with undated last; ties by id, in the direction of the first key (DESC).</summary>
    public static IEnumerable<string> DefaultOrder(IEnumerable<Article> articles) =>
        articles.OrderBy(a => a.PublishedAt is null).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Slug);

    public static async Task<List<Article>> PublishedAsync(IServiceProvider services, Func<IQueryable<Article>, IQueryable<Article>>? select = null)
    {
        await using var db = ContentDatabase.Open(services);
        return await (select ?? (q => q.Select(a => new Article { Id = a.Id, Slug = a.Slug, Title = a.Title, PublishedAt = a.PublishedAt })))(db.Articles).ToListAsync();
    }
}
