using System.Linq.Expressions;
using ContentApi.Articles;
using ContentApi.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;

namespace ContentApi.Search;

/// <summary>
/// <c>Query.search</c>: one statement for the page, one more for the highlights' text when they are selected, and the
/// usual one for totalCount. Without a filter the index ranks and limits before the join (<see cref="RankedSearchPage"/>);
/// with one, every match is joined to the filtered articles and keyset-paged on score and id.
/// </summary>
internal static class ArticleSearchQuery
{
    public static async Task<ArticleSearchConnection> ResolveAsync(IResolveFieldContext context)
    {
        var request = ArticleSearchRequest.From(context);
        if (request.Query.IsEmpty)
        {
            return ArticleSearchConnection.Empty;
        }

        var services = context.RequestServices!;
        await using var db = await context.ContentContexts().CreateDbContextAsync(context.CancellationToken);
        var index = services.GetRequiredService<IArticleSearchIndex>();
        var page = request.Filter is null
            ? await RankedSearchPage.ReadAsync(db, index.Hits(db, request.Query), request.Page, context.CancellationToken)
            : await Matches(db, index, request.Query, request.Filter).ToConnectionAsync(request.Page, context.CancellationToken);
        var texts = request.IncludeHighlights
            ? await SearchTextLoader.LoadAsync(db, page.Edges.Select(e => e.Node.Article.Id).ToList(), context.CancellationToken)
            : [];
        var highlighter = new SearchHighlighter(request.Query, services.GetRequiredService<SearchOptions>().SnippetWords);
        var edges = page.Edges.Select(e => new ArticleSearchEdge(
            e.Cursor,
            e.Node.Article,
            e.Node.Score,
            texts.TryGetValue(e.Node.Article.Id, out var text) ? highlighter.For(text) : [])).ToList();
        return new ArticleSearchConnection(edges, page.PageInfo, page.TotalCount);
    }

    /// <summary>The index's matches among the published articles that meet <paramref name="filter"/>, each with its score.</summary>
    public static IQueryable<ArticleSearchMatch> Matches(
        ContentDbContext db, IArticleSearchIndex index, SearchQuery query, Expression<Func<Article, bool>> filter) =>
        index.Hits(db, query).Join(
            db.Articles.Where(filter),
            h => h.ArticleId,
            a => a.Id,
            (h, a) => new ArticleSearchMatch { Article = a, Score = h.Score });
}
