using ContentApi.Articles;
using GraphQL.Types;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Relay;

namespace ContentApi.Topics;

public sealed class TopicType : ObjectGraphType<Topic>
{
    public TopicType()
    {
        Name = "Topic";
        Description = "A subject that editors tag articles with.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the topic.")
            .Resolve(context => GlobalId.Encode(Name, context.Source.Id));
        Field(t => t.Slug).Description("URL slug, unique among topics.");
        Field(t => t.Name).Description("Display name.");
        Field<NonNullGraphType<ArticlesConnectionType>>("articles").Projects()
            .Description("Published articles tagged with this topic, newest first unless 'order' says otherwise.")
            .WithPagingArguments()
            .Argument<ArticleFilterInput>("where", "Only articles that meet these conditions.")
            .Argument<ListGraphType<NonNullGraphType<ArticleSortInput>>>("order", "Sort order; the first entry has the highest priority.")
            .Resolve(ArticleLoaders.ArticlesByTopicId);
    }
}
