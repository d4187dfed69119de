using ContentApi.Articles;
using GraphQL.Types;
using QueryableGraphQL.Paging;

namespace ContentApi.Search;

internal sealed class ArticleSearchConnectionType : ObjectGraphType<ArticleSearchConnection>
{
    public ArticleSearchConnectionType()
    {
        Name = "ArticleSearchConnection";
        Description = "A page of search results, best first, with cursors to move through the rest.";
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Whether there are more pages, and the cursors to reach them.")
            .Resolve(context => context.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<ArticleSearchEdgeType>>>("edges")
            .Description("The results of this page, each with its score, highlights and cursor.")
            .Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<ArticleType>>>("nodes")
            .Description("The articles of this page, when you need no score, highlight or cursor.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many articles match the query and the filter. Counted only when you ask for it.")
            .Resolve(context => context.Source.TotalCount ?? 0);
    }
}
