using ContentApi.Sources;
using ContentApi.Topics;
using QueryableGraphQL.Filtering;

namespace ContentApi.Articles;

public sealed class ArticleFilterInput : FilterInputGraphType<Article>
{
    public ArticleFilterInput()
    {
        Field(a => a.Slug, "The article's URL slug.");
        Field(a => a.Title, "The headline.");
        Field(a => a.Summary, "The standfirst.");
        Field(a => a.Section, "The newsroom section, such as China.");
        Field(a => a.Status, "Editorial state; public lists only hold PUBLISHED articles.");
        Field(a => a.PublishedAt, "Publication time. Undated articles have null.");
        Field(a => a.UpdatedAt, "Time of the last update, or null.");
        List(a => a.Topics, typeof(TopicFilterInput), "The topics the article is tagged with.");
        List(a => a.Quotes, typeof(QuoteFilterInput), "The direct quotes in the article.");
    }
}
