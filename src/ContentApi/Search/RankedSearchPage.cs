using System.Linq.Expressions;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;

namespace ContentApi.Search;

/// <summary>
/// A page of search results without a <c>where</c> filter. The index ranks its hits and keeps the page's rows (one
/// more, to know whether another page follows) beyond the cursor before anything is joined, so only those rows meet
/// the articles table; totalCount and the look behind the cursor read the index alone. The index holds exactly the
/// published articles, so this gives the page, cursors and counts of <see cref="ArticleSearchQuery.Matches"/>, which
/// joins every hit first (a filter needs that: it decides which hits count towards the page).
/// </summary>
internal static class RankedSearchPage
{
    public static async Task<Connection<ArticleSearchMatch>> ReadAsync(
        ContentDbContext db, IQueryable<SearchHit> hits, ConnectionRequest<ArticleSearchMatch> request, CancellationToken cancellationToken)
    {
        var rows = await PageQuery(db, hits, request).ToListAsync(cancellationToken);
        bool? behind = request.IncludeExactPageInfo && Cursor(request.Page) is var (score, id)
            ? await Beyond(hits, score, id, after: !request.Page.Forward, inclusive: true).AnyAsync(cancellationToken)
            : null;
        int? total = request.IncludeTotalCount ? await hits.CountAsync(cancellationToken) : null;
        return request.ToConnection(rows, behind, total);
    }

    /// <summary>The page's one statement, in reading order (best first when paging forward).</summary>
    public static IQueryable<KeysetRow<ArticleSearchMatch>> PageQuery(ContentDbContext db, IQueryable<SearchHit> hits, ConnectionRequest<ArticleSearchMatch> request)
    {
        var page = request.Page;
        var ahead = Cursor(page) is var (score, id) ? Beyond(hits, score, id, after: page.Forward, inclusive: false) : hits;
        var ranked = page.Forward
            ? ahead.OrderByDescending(h => h.Score).ThenByDescending(h => h.ArticleId)
            : ahead.OrderBy(h => h.Score).ThenBy(h => h.ArticleId);
        var matches = ranked.Take(page.Size + 1).Join(db.Articles, h => h.ArticleId, a => a.Id, (h, a) => new ArticleSearchMatch { Article = a, Score = h.Score });
        var ordered = page.Forward
            ? matches.OrderByDescending(m => m.Score).ThenByDescending(m => m.Article.Id)
            : matches.OrderBy(m => m.Score).ThenBy(m => m.Article.Id);
        return ordered.Select(request.RowProjection());
    }

    /// <summary>The cursor's (score, id), in the order of <see cref="ArticleSearchRequest.ByScore"/>.</summary>
    private static (double Score, int Id)? Cursor(PageRequest page) => page.Cursor switch
    {
        null => null,
        [double score, int id] => (score, id),
        // The codec checked the cursor against this ordering; anything else would silently restart at page 1.
        _ => throw new InvalidOperationException("A search cursor holds a score and an id."),
    };

    /// <summary>
    /// Hits after (<paramref name="after"/>) or before the row (score, id) in best-first order, and that row itself
    /// when <paramref name="inclusive"/>.
    /// </summary>
    private static IQueryable<SearchHit> Beyond(IQueryable<SearchHit> hits, double score, int id, bool after, bool inclusive)
    {
        Expression<Func<SearchHit, bool>> predicate = (after, inclusive) switch
        {
            (true, false) => h => h.Score < score || (h.Score == score && h.ArticleId < id),
            (true, true) => h => h.Score < score || (h.Score == score && h.ArticleId <= id),
            (false, false) => h => h.Score > score || (h.Score == score && h.ArticleId > id),
            (false, true) => h => h.Score > score || (h.Score == score && h.ArticleId >= id),
        };
        return hits.Where(predicate);
    }
}
