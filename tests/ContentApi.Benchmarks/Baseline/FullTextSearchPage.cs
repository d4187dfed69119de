using ContentApi.Data;
using ContentApi.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// A page of full-text search results with highlights, as <c>search(query:, first: 20)</c> answers it: FTS5 ranks
/// with the configured bm25 weights and keeps the page's rows (plus one) in one hand-written statement, then the
/// page's articles and their quotes are read by id. The query parser, its FTS5 rendering and the highlighter are
/// the API's own (pure functions, no GraphQL or query building), so the two arms differ in everything but those.
/// </summary>
internal static class FullTextSearchPage
{
    private static readonly Func<ContentDbContext, int[], IAsyncEnumerable<SearchArticleRow>> Articles = EF.CompileAsyncQuery(
        (ContentDbContext db, int[] ids) => db.Articles.Where(a => ids.Contains(a.Id))
            .Select(a => new SearchArticleRow(a.Id, a.Title, a.Slug, a.Summary, a.PublishedAt, a.Paragraphs)));

    public static async Task<IResult> GetAsync(
        string q, IDbContextFactory<ContentDbContext> contexts, KeysetCursor cursors, SearchOptions options, CancellationToken cancellationToken)
    {
        var query = SearchQueryParser.Parse(q);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hits = await db.Database.SqlQuery<RankedHitRow>($"""
            SELECT rowid AS "Id", -bm25("ArticleSearch", {options.TitleWeight}, {options.SummaryWeight}, {options.BodyWeight}, {options.BodyWeight}, {options.SourceWeight}) AS "Score"
            FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {Fts5MatchSyntax.Render(query)}
            ORDER BY "Score" DESC, "Id" DESC
            LIMIT {BaselineEndpoints.PageSize + 1}
            """).ToListAsync(cancellationToken);
        var hasNext = hits.Count > BaselineEndpoints.PageSize;
        var page = hasNext ? hits[..BaselineEndpoints.PageSize] : hits;
        var ids = page.Select(h => h.Id).ToArray();
        var articles = new Dictionary<int, SearchArticleRow>(ids.Length);
        await foreach (var article in Articles(db, ids).WithCancellation(cancellationToken))
        {
            articles.Add(article.Id, article);
        }

        var quotes = await ArticleChildQueries.QuotesAsync(db, ids, cancellationToken);
        var highlighter = new SearchHighlighter(query, options.SnippetWords);
        var edges = page.Select(h =>
        {
            var article = articles[h.Id];
            var text = new ArticleSearchText(article.Id, article.Title, article.Summary, article.Paragraphs, [.. quotes[h.Id].Select(x => new QuoteText(x.Text, x.Source.Name))]);
            var highlights = highlighter.For(text).Select(x => new SearchHighlightJson(
                x.Field.ToString().ToUpperInvariant(), [.. x.Segments.Select(s => new SearchSegmentJson(s.Text, s.Match))]));
            return new SearchEdge(h.Score, new SearchNode(article.Title, article.Slug, BaselineEndpoints.Iso(article.PublishedAt)), [.. highlights]);
        }).ToList();
        var last = page.LastOrDefault();
        var pageInfo = new PageInfo(hasNext, last is null ? null : cursors.EncodeSearch(last.Score, last.Id));
        return Results.Json(new SearchData(new SearchConnection(edges, pageInfo)), BaselineJsonContext.Default.SearchData);
    }
}
