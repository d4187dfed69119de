using ContentApi.Articles;
using ContentApi.Data;
using GraphQL;
using GraphQL.DataLoader;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Loading;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Sorting;

namespace ContentApi.Topics;

internal static class TopicLoaders
{
    private static readonly ChildRelation<Article, int, Topic> TopicsOfArticle = new(a => a.Id, a => a.Topics);

    /// <summary><c>Article.topics</c>: one statement per request, whatever the number of articles.</summary>
    public static IDataLoaderResult<IReadOnlyList<Topic>> TopicsByArticleId(IResolveFieldContext<Article> context) =>
        context.GetBatchLoader(c => new ChildListLoader<ContentDbContext, Article, int, Topic>(
                c.ContentContexts(),
                db => db.Articles,
                TopicsOfArticle,
                ConnectionRequests.ForList(c, c.GetFilterExpression<Topic>(), c.GetSortKeys<Topic>(), TopicOrdering.Default, t => t.Id)))
            .Load(context.Source.Id);
}
