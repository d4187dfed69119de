using ContentApi.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;

namespace ContentApi.Search;

/// <summary>
/// <c>Query.search</c>: one statement for the page (the index's matches joined to the filtered articles, keyset-paged
/// on score and id), one more for the highlights' text when they are selected, and the usual one for totalCount.
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
        var articles = request.Filter is null ? db.Articles : db.Articles.Where(request.Filter);
        var matches = services.GetRequiredService<IArticleSearchIndex>().Hits(db, request.Query)
            .Join(articles, h => h.ArticleId, a => a.Id, (h, a) => new ArticleSearchMatch { Article = a, Score = h.Score });
        var page = await matches.ToConnectionAsync(request.Page, context.CancellationToken);
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
}
