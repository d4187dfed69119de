using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Editorial;
using GraphQL.Types;
using QueryableGraphQL;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Relay;

namespace ContentApi.Topics;

public sealed class TopicType : NodeGraphType<ContentDbContext, Topic>
{
    public TopicType()
        : base("Topic", db => db.Topics, t => t.Id, "Global id of the topic.")
    {
        Description = "A subject that editors tag articles with.";
        Field(t => t.Slug).Description("URL slug, unique among topics.");
        Field(t => t.Name).Description("Display name.");
        Field<NonNullGraphType<ArticlesConnectionType>>("articles").Projects()
            .Description("Published articles tagged with this topic, newest first unless 'order' says otherwise.")
            .UseQueryable("articles")
            .Resolve(ArticleLoaders.ArticlesByTopicId);
        this.AddAuditField();
    }
}
