using GraphQL.Types;

namespace ContentApi.Articles;

public sealed class ArticleStatusType : EnumerationGraphType<ArticleStatus>
{
    public ArticleStatusType()
    {
        Name = "ArticleStatus";
        Description = "Editorial state of an article. The public API only ever returns PUBLISHED articles.";
    }
}
