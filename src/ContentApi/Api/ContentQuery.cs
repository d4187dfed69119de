using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Editorial;
using ContentApi.Search;
using ContentApi.Sources;
using ContentApi.Topics;
using GraphQL;
using GraphQL.Types;
using QueryableGraphQL;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Relay;

namespace ContentApi.Api;

public sealed class ContentQuery : ObjectGraphType
{
    public ContentQuery()
    {
        Name = "Query";
        Description = "Read published articles, their topics and the people they quote.";
        Field<NonNullGraphType<ArticlesConnectionType>>("articles")
            .Description("Published articles, newest first unless 'order' says otherwise; undated articles come last.")
            .UseQueryable("articles")
            .PreviewArgument()
            .ResolveAsync(async c => await RootQueries.ConnectionAsync<ContentDbContext, Article, int>(c, c.ArticlesFor(), ArticleOrdering.Default, a => a.Id));
        this.AddSearchField();
        Field<ArticleType>("article").Description("The published article with this slug, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The article's URL slug.")
            .PreviewArgument()
            .ResolveAsync(async c => await RootQueries.SingleAsync<ContentDbContext, Article>(c, c.ArticlesFor(), a => a.Slug == c.GetArgument<string>("slug")));
        Field<NonNullGraphType<TopicsConnectionType>>("topics")
            .Description("Topics, by name unless 'order' says otherwise.")
            .UseQueryable("topics")
            .ResolveAsync(async c => await RootQueries.ConnectionAsync<ContentDbContext, Topic, int>(c, db => db.Topics, TopicOrdering.Default, t => t.Id));
        Field<TopicType>("topic").Description("The topic with this slug, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The topic's URL slug.")
            .ResolveAsync(async c => await RootQueries.SingleAsync<ContentDbContext, Topic>(c, db => db.Topics, t => t.Slug == c.GetArgument<string>("slug")));
        Field<NonNullGraphType<SourcesConnectionType>>("sources")
            .Description("People and organisations quoted in articles, by name unless 'order' says otherwise.")
            .UseQueryable("sources")
            .ResolveAsync(async c => await RootQueries.ConnectionAsync<ContentDbContext, QuotedSource, int>(c, db => db.Sources, SourceOrdering.Default, s => s.Id));
        Field<QuotedSourceType>("source").Description("The quoted source with this slug, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The source's URL slug.")
            .ResolveAsync(async c => await RootQueries.SingleAsync<ContentDbContext, QuotedSource>(c, db => db.Sources, s => s.Slug == c.GetArgument<string>("slug")));
        this.AddNodeFields();
    }
}
