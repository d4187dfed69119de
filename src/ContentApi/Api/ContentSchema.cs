using ContentApi.Articles;
using GraphQL.Types;
using QueryableGraphQL.Scalars;

namespace ContentApi.Api;

public sealed class ContentSchema : Schema
{
    public ContentSchema(IServiceProvider services, ContentQuery query) : base(services)
    {
        Query = query;
        Description = "ContentApi: published news articles, their topics and the people they quote.";
        RegisterTypeMapping(typeof(ArticleStatus), typeof(ArticleStatusType));
        this.UseUtcDateTime();
    }
}
