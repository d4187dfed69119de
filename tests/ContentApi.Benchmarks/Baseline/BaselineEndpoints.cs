using System.Globalization;
using ContentApi.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// Arm B: one hand-written endpoint per benchmark scenario, answering exactly what the scenario's GraphQL
/// document selects (the JSON of the API's <c>data</c>).
/// </summary>
internal static class BaselineEndpoints
{
    public const int PageSize = 20;
    public const int RelatedFirst = 5;
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public static void Map(WebApplication app)
    {
        app.MapGet("/articles", ArticlesAsync);
        app.MapGet("/topic", TopicAsync);
        app.MapGet("/search", SearchAsync);
        app.MapGet("/fulltext", FullTextSearchPage.GetAsync);
        app.MapGet("/related", RelatedListAsync);
        app.MapGet("/article/{slug}", ArticlePage.GetAsync);
    }

    public static string? Iso(DateTime? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Front page, or the page after a cursor (the deep page).</summary>
    private static async Task<IResult> ArticlesAsync(
        string? after, IDbContextFactory<ContentDbContext> contexts, KeysetCursor cursors, CancellationToken cancellationToken)
    {
        (DateTime? At, int Id)? key = null;
        if (after is not null && (key = cursors.Decode(after)) is null)
        {
            return Results.BadRequest();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await PageAsync(db, key, cancellationToken);
        var hasNext = rows.Count > PageSize;
        var page = hasNext ? rows[..PageSize] : rows;
        var ids = page.Select(r => r.Id).ToArray();
        var topics = await ArticleChildQueries.TopicsAsync(db, ids, cancellationToken);
        var quotes = await ArticleChildQueries.QuoteSourcesAsync(db, ids, cancellationToken);
        var nodes = page.Select(r => new FrontPageNode(r.Title, r.Summary, Iso(r.PublishedAt), [.. topics[r.Id]], [.. quotes[r.Id]])).ToList();
        var last = page.LastOrDefault();
        var pageInfo = new PageInfo(hasNext, last is null ? null : cursors.Encode(last.PublishedAt, last.Id));
        return Results.Json(new ArticlesData<PagedNodes<FrontPageNode>>(new(nodes, pageInfo)), BaselineJsonContext.Default.ArticlesDataPagedNodesFrontPageNode);
    }

    /// <summary>
    /// Newest first with undated rows last (SQLite sorts NULL last when descending), so page 1 is one statement.
    /// After a dated cursor the seek reads dated rows, and the undated ones only when those run out.
    /// </summary>
    private static async Task<List<FrontPageRow>> PageAsync(ContentDbContext db, (DateTime? At, int Id)? after, CancellationToken cancellationToken)
    {
        var rows = new List<FrontPageRow>(PageSize + 1);
        var seek = after switch
        {
            null => ArticleListQueries.FirstPage(db, PageSize + 1),
            ({ } at, var id) => ArticleListQueries.DatedAfter(db, at, id, PageSize + 1),
            (null, var id) => ArticleListQueries.UndatedBefore(db, id, PageSize + 1),
        };
        await foreach (var row in seek.WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        if (after is ({ }, _) && rows.Count <= PageSize)
        {
            await foreach (var row in ArticleListQueries.UndatedBefore(db, int.MaxValue, PageSize + 1 - rows.Count).WithCancellation(cancellationToken))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static async Task<IResult> TopicAsync(
        string topic, string title, IDbContextFactory<ContentDbContext> contexts, KeysetCursor cursors, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = new List<TitleDateRow>(PageSize + 1);
        await foreach (var row in ArticleListQueries.TitleInTopic(db, title.ToLowerInvariant(), topic, PageSize + 1).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        var hasNext = rows.Count > PageSize;
        var page = hasNext ? rows[..PageSize] : rows;
        var ids = page.Select(r => r.Id).ToArray();
        var topics = await ArticleChildQueries.TopicsAsync(db, ids, cancellationToken);
        var quotes = await ArticleChildQueries.QuotesAsync(db, ids, cancellationToken);
        var nodes = page.Select(r => new TopicPageNode(r.Title, Iso(r.PublishedAt), [.. topics[r.Id]], [.. quotes[r.Id]])).ToList();
        var last = page.LastOrDefault();
        var pageInfo = new PageInfo(hasNext, last is null ? null : cursors.Encode(last.PublishedAt, last.Id));
        return Results.Json(new ArticlesData<PagedNodes<TopicPageNode>>(new(nodes, pageInfo)), BaselineJsonContext.Default.ArticlesDataPagedNodesTopicPageNode);
    }

    private static async Task<IResult> SearchAsync(string title, IDbContextFactory<ContentDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodes = new List<SearchNode>(PageSize);
        await foreach (var row in ArticleListQueries.Title(db, title.ToLowerInvariant(), PageSize).WithCancellation(cancellationToken))
        {
            nodes.Add(new SearchNode(row.Title, row.Slug, Iso(row.PublishedAt)));
        }

        return Results.Json(new ArticlesData<NodeList<SearchNode>>(new(nodes)), BaselineJsonContext.Default.ArticlesDataNodeListSearchNode);
    }

    private static async Task<IResult> RelatedListAsync(
        IDbContextFactory<ContentDbContext> contexts, RelatedOptions options, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = new List<RelatedListRow>(PageSize);
        await foreach (var row in ArticleListQueries.RelatedParents(db, PageSize).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        var related = await RelatedRanking.TopAsync(db, [.. rows.Select(r => new RelatedParent(r.Id, r.PublishedAt, r.Section))], RelatedFirst, options, cancellationToken);
        var nodes = rows.Select(r => new RelatedListNode(
            r.Title, [.. related[r.Id].Select(x => new RelatedTitle(x.Score, new SlugTitle(x.Article.Title, x.Article.Slug)))])).ToList();
        return Results.Json(new ArticlesData<NodeList<RelatedListNode>>(new(nodes)), BaselineJsonContext.Default.ArticlesDataNodeListRelatedListNode);
    }
}
