using ContentApi.Articles;
using ContentApi.Data;
using GraphQL;
using GraphQL.DataLoader;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Loading;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Sorting;

namespace ContentApi.Sources;

internal static class SourceLoaders
{
    private static readonly ChildRelation<Quote, int, Quote> QuotesOfArticle = new(q => q.ArticleId, q => q);
    private static readonly ChildRelation<Quote, int, Quote> QuotesOfSource = new(q => q.SourceId, q => q);

    /// <summary><c>Article.quotes</c>, in the order they appear unless <c>order</c> says otherwise.</summary>
    public static IDataLoaderResult<IReadOnlyList<Quote>> QuotesByArticleId(IResolveFieldContext<Article> context) =>
        context.GetBatchLoader(c =>
            {
                var filter = c.GetFilterExpression<Quote>();
                return new ChildListLoader<ContentDbContext, Quote, int, Quote>(
                    c.ContentContexts(),
                    db => ChildrenOfVisibleParents.Quotes(db, filter),
                    QuotesOfArticle,
                    ConnectionRequests.ForList(c, filter, c.GetSortKeys<Quote>(), SourceOrdering.QuotesInArticle, q => q.Id));
            })
            .Load(context.Source.Id);

    /// <summary><c>QuotedSource.quotes</c>: per-source keyset pages from one statement.</summary>
    public static IDataLoaderResult<Connection<Quote>> QuotesBySourceId(IResolveFieldContext<QuotedSource> context) =>
        context.GetBatchLoader(c => new ChildConnectionLoader<ContentDbContext, Quote, int, Quote>(
                c.ContentContexts(),
                db => db.Quotes,
                QuotesOfSource,
                ConnectionRequests.ForConnection(c, c.GetFilterExpression<Quote>(), c.GetSortKeys<Quote>(), SourceOrdering.QuotesBySource, q => q.Id)))
            .Load(context.Source.Id);

    /// <summary><c>Quote.source</c>: read with the quote, or loaded when the quote came without it (a mutation's payload).</summary>
    public static object? Source(IResolveFieldContext<Quote> context) => context.Source.Source ?? (object)SourceById(context);

    private static IDataLoaderResult<QuotedSource?> SourceById(IResolveFieldContext<Quote> context) =>
        context.GetBatchLoader(c => new ByKeyLoader<ContentDbContext, QuotedSource, int>(
                c.ContentContexts(), ChildrenOfVisibleParents.Sources, s => s.Id, ProjectionBuilder.ForSelection<QuotedSource>(c)))
            .Load(context.Source.SourceId);
}
