using ContentApi.Articles;
using GraphQL;
using GraphQL.Types;

namespace ContentApi.Search;

internal sealed class ArticleSearchEdgeType : ObjectGraphType<ArticleSearchEdge>
{
    public ArticleSearchEdgeType()
    {
        Name = "ArticleSearchEdge";
        Description = "A matched article with its relevance and the passages that matched.";
        Field(e => e.Cursor).Description("Opaque cursor of this result; pass it as 'after' or 'before'.");
        Field<NonNullGraphType<ArticleType>>("node").Description("The article.").Resolve(context => context.Source.Node);
        Field(e => e.Score).Description(
            "Relevance, higher is better: BM25 on SQLite, ts_rank_cd on PostgreSQL, with the field weights of the README. Compare scores within one search only.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHighlightType>>>>("highlights")
            .Description("For each field holding a matched word, one passage with the matched words marked; in field order.")
            // At most one per field: five, whatever the article's length.
            .WithComplexityImpact(1, Enum.GetValues<SearchField>().Length)
            .Resolve(context => context.Source.Highlights);
    }
}
