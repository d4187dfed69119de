using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Search;

/// <summary>Reads the text of a page's articles in one statement, for the highlights.</summary>
internal static class SearchTextLoader
{
    public static async Task<Dictionary<int, ArticleSearchText>> LoadAsync(ContentDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var texts = await db.Articles
            .Where(a => ids.Contains(a.Id))
            .Select(a => new ArticleSearchText(a.Id, a.Title, a.Summary, a.Paragraphs,
                a.Quotes.OrderBy(q => q.Position).ThenBy(q => q.Id).Select(q => new QuoteText(q.Text, q.Source.Name)).ToList()))
            .ToListAsync(cancellationToken);
        return texts.ToDictionary(t => t.Id);
    }
}
