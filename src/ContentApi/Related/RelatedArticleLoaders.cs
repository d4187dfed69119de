using ContentApi.Articles;
using ContentApi.Data;
using GraphQL;
using GraphQL.DataLoader;
using QueryableGraphQL.Loading;

namespace ContentApi.Related;

internal static class RelatedArticleLoaders
{
    /// <summary><c>Article.related</c>: ranked in memory, then a constant number of statements for all the articles of a page.</summary>
    public static IDataLoaderResult<IReadOnlyList<RelatedArticle>> RelatedByArticleId(IResolveFieldContext<Article> context) =>
        RelatedArticleRequest.FirstOf(context) == 0
            ? NoRelatedArticles.Instance
            : context.GetBatchLoader(c => new RelatedArticlesByArticleIdLoader(
                    c.ContentContexts(), c.RequestServices!.GetRequiredService<RelatedIndexCache>(), RelatedArticleRequest.From(c)))
                .Load(context.Source.Id);

    /// <summary><c>first: 0</c> asks for nothing, so it costs no statement.</summary>
    private sealed class NoRelatedArticles : IDataLoaderResult<IReadOnlyList<RelatedArticle>>
    {
        public static readonly NoRelatedArticles Instance = new();

        public Task<IReadOnlyList<RelatedArticle>> GetResultAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RelatedArticle>>([]);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
