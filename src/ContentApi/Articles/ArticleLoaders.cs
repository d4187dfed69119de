using ContentApi.Data;
using ContentApi.Sources;
using ContentApi.Topics;
using GraphQL;
using GraphQL.DataLoader;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Loading;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Sorting;

namespace ContentApi.Articles;

internal static class ArticleLoaders
{
    private static readonly ChildRelation<ArticleTopic, int, Article> ArticlesOfTopic = new(at => at.TopicId, at => at.Article);

    /// <summary><c>Topic.articles</c>: one statement per request pages every topic's articles.</summary>
    public static IDataLoaderResult<Connection<Article>> ArticlesByTopicId(IResolveFieldContext<Topic> context) =>
        context.GetBatchLoader(c => new ChildConnectionLoader<ContentDbContext, ArticleTopic, int, Article>(
                c.ContentContexts(),
                db => db.ArticleTopics,
                ArticlesOfTopic,
                ConnectionRequests.ForConnection(c, c.GetFilterExpression<Article>(), c.GetSortKeys<Article>(), ArticleOrdering.Default, a => a.Id)))
            .Load(context.Source.Id);

    /// <summary><c>Quote.article</c>.</summary>
    public static IDataLoaderResult<Article?> ArticleById(IResolveFieldContext<Quote> context) =>
        context.GetBatchLoader(c => new ByKeyLoader<ContentDbContext, Article, int>(
                c.ContentContexts(), db => db.Articles, a => a.Id, ProjectionBuilder.ForSelection<Article>(c)))
            .Load(context.Source.ArticleId);
}
