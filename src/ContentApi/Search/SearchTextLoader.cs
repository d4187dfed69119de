using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Search;

/// <summary>Reads the text of a page's articles for the highlights: one statement for the articles, one for their quotes.</summary>
internal static class SearchTextLoader
{
    public static async Task<Dictionary<int, ArticleSearchText>> LoadAsync(ContentDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        // The ids come from a search over published articles only, so their quotes and sources are public too.
        // Without the query filters, and read apart from the articles, quotes are found through their ArticleId index
        // (joined to the articles in one statement, SQLite built the join of every quote and source first: seconds on
        // 100,000 articles).
        var quotes = (await db.Quotes.IgnoreQueryFilters()
            .Where(q => ids.Contains(q.ArticleId))
            .OrderBy(q => q.ArticleId).ThenBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => new { q.ArticleId, Quote = new QuoteText(q.Text, q.Source.Name) })
            .ToListAsync(cancellationToken))
            .ToLookup(q => q.ArticleId, q => q.Quote);
        var articles = await db.Articles.IgnoreQueryFilters()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Summary, a.Paragraphs })
            .ToListAsync(cancellationToken);
        return articles.ToDictionary(a => a.Id, a => new ArticleSearchText(a.Id, a.Title, a.Summary, a.Paragraphs, [.. quotes[a.Id]]));
    }
}
