using ContentApi.Articles;
using ContentApi.Editorial;
using GraphQL.Types;
using QueryableGraphQL.Scalars;

namespace ContentApi.Api;

public sealed class ContentSchema : Schema
{
    public ContentSchema(IServiceProvider services, ContentQuery query, ContentMutation mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "ContentApi: published news articles, their topics and the people they quote; editors write them through the mutations.";
        RegisterTypeMapping(typeof(ArticleStatus), typeof(ArticleStatusType));
        this.UseUtcDateTime();
    }
}
