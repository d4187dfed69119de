using System.Linq.Expressions;
using ContentApi.Articles;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>
/// The rows a child load reads when its parents were themselves read through the visibility filters: the topics
/// linked to a published article, the quotes in a published article and the sources of those quotes are public by
/// definition, so the filters that would only repeat the parents' visibility are ignored by name, and each statement
/// is an index range with no join back to <c>Articles</c>. The article filter always stays, so any article the
/// statement still reaches is published. Ignoring is query-wide in EF Core, so when the request's own filter goes
/// through a collection (a topic's articles, a source's quotes) the statement could reach other rows of the ignored
/// types: then every filter stays.
/// </summary>
internal static class ChildrenOfVisibleParents
{
    private static readonly string[] TopicsOfArticles =
        [VisibilityFilters.TopicLinkOfPublishedArticle, VisibilityFilters.TopicOfPublishedArticle];

    private static readonly string[] QuotesOfArticles =
        [VisibilityFilters.QuoteInPublishedArticle, VisibilityFilters.SourceInPublishedArticle];

    private static readonly string[] SourcesOfQuotes = [VisibilityFilters.SourceInPublishedArticle];

    /// <summary><c>Article.topics</c>: the link rows of published articles, and their topics.</summary>
    public static IQueryable<ArticleTopic> TopicLinks(ContentDbContext db, Expression<Func<Topic, bool>>? filter) =>
        CollectionNavigationFinder.Finds(filter) ? db.ArticleTopics : db.ArticleTopics.IgnoreQueryFilters(TopicsOfArticles);

    /// <summary><c>Article.quotes</c>: the quotes of published articles, and their sources.</summary>
    public static IQueryable<Quote> Quotes(ContentDbContext db, Expression<Func<Quote, bool>>? filter) =>
        CollectionNavigationFinder.Finds(filter) ? db.Quotes : db.Quotes.IgnoreQueryFilters(QuotesOfArticles);

    /// <summary><c>Quote.source</c>: the sources of public quotes; read by key, with no filter of the request's own.</summary>
    public static IQueryable<QuotedSource> Sources(ContentDbContext db) => db.Sources.IgnoreQueryFilters(SourcesOfQuotes);
}
