using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// Topics and quotes of a page of articles, one statement each, in the API's orders (topics by name then id,
/// quotes by position then id). The articles are already known to be published, so the link tables' query
/// filters, which would join back to Articles, are left out.
/// </summary>
internal static class ArticleChildQueries
{
    private static readonly Func<ContentDbContext, int[], IAsyncEnumerable<ChildNameRow>> TopicNames = EF.CompileAsyncQuery(
        (ContentDbContext db, int[] ids) => db.ArticleTopics.IgnoreQueryFilters()
            .Where(at => ids.Contains(at.ArticleId))
            .OrderBy(at => at.Topic.Name).ThenBy(at => at.TopicId)
            .Select(at => new ChildNameRow(at.ArticleId, at.Topic.Name)));

    private static readonly Func<ContentDbContext, int[], IAsyncEnumerable<ChildNameRow>> QuoteSourceNames = EF.CompileAsyncQuery(
        (ContentDbContext db, int[] ids) => db.Quotes.IgnoreQueryFilters()
            .Where(q => ids.Contains(q.ArticleId))
            .OrderBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => new ChildNameRow(q.ArticleId, q.Source.Name)));

    private static readonly Func<ContentDbContext, int[], IAsyncEnumerable<QuoteRow>> QuoteTexts = EF.CompileAsyncQuery(
        (ContentDbContext db, int[] ids) => db.Quotes.IgnoreQueryFilters()
            .Where(q => ids.Contains(q.ArticleId))
            .OrderBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => new QuoteRow(q.ArticleId, q.Text, q.Source.Name)));

    public static Task<ILookup<int, Named>> TopicsAsync(ContentDbContext db, int[] ids, CancellationToken cancellationToken) =>
        LookupAsync(TopicNames(db, ids), r => r.ArticleId, r => new Named(r.Name), cancellationToken);

    public static Task<ILookup<int, SourceNameQuote>> QuoteSourcesAsync(ContentDbContext db, int[] ids, CancellationToken cancellationToken) =>
        LookupAsync(QuoteSourceNames(db, ids), r => r.ArticleId, r => new SourceNameQuote(new Named(r.Name)), cancellationToken);

    public static Task<ILookup<int, TextQuote>> QuotesAsync(ContentDbContext db, int[] ids, CancellationToken cancellationToken) =>
        LookupAsync(QuoteTexts(db, ids), r => r.ArticleId, r => new TextQuote(r.Text, new Named(r.SourceName)), cancellationToken);

    private static async Task<ILookup<int, TValue>> LookupAsync<TRow, TValue>(
        IAsyncEnumerable<TRow> rows, Func<TRow, int> key, Func<TRow, TValue> value, CancellationToken cancellationToken)
    {
        var list = new List<TRow>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return list.ToLookup(key, value);
    }
}
