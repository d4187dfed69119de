using ContentApi.Articles;
using ContentApi.Sources;
using ContentApi.Topics;
using GraphQL.Types;

namespace ContentApi.Related;

public sealed class RelatedArticleType : ObjectGraphType<RelatedArticle>
{
    public RelatedArticleType()
    {
        Name = "RelatedArticle";
        Description = "An article related to another one, with the score that ranks it and the reasons for it.";
        Field<NonNullGraphType<ArticleType>>("article").Description("The related article.")
            .Resolve(context => context.Source.Article);
        Field(r => r.Score).Description(
            "(Σ shared topics ln(1 + N/df) + sourceWeight · Σ shared sources ln(1 + N/df) + 0.5 for the same section) · recency; see the README.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicType>>>>("sharedTopics")
            .Description("The topics both articles carry, by name.")
            .Resolve(context => context.Source.SharedTopics);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuotedSourceType>>>>("sharedSources")
            .Description("The sources both articles quote, by name.")
            .Resolve(context => context.Source.SharedSources);
    }
}
