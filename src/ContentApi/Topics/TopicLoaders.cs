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
    private static readonly ChildRelation<ArticleTopic, int, Topic> TopicsOfArticle = new(at => at.ArticleId, at => at.Topic);

    /// <summary><c>Article.topics</c>: one statement per request, whatever the number of articles.</summary>
    public static IDataLoaderResult<IReadOnlyList<Topic>> TopicsByArticleId(IResolveFieldContext<Article> context) =>
        context.GetBatchLoader(c =>
            {
                var filter = c.GetFilterExpression<Topic>();
                return new ChildListLoader<ContentDbContext, ArticleTopic, int, Topic>(
                    c.ContentContexts(),
                    db => ChildrenOfVisibleParents.TopicLinks(db, filter),
                    TopicsOfArticle,
                    ConnectionRequests.ForList(c, filter, c.GetSortKeys<Topic>(), TopicOrdering.Default, t => t.Id));
            })
            .Load(context.Source.Id);
}
