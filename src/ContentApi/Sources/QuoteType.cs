using ContentApi.Articles;
using GraphQL.Types;
using QueryableGraphQL.Projection;

namespace ContentApi.Sources;

public sealed class QuoteType : ObjectGraphType<Quote>
{
    public QuoteType()
    {
        Name = "Quote";
        Description = "Words a source said, quoted directly in one article.";
        Field(q => q.Text).Description("The quoted words, without quotation marks.");
        Field(q => q.Position).Description("Zero-based order of the quote within its article.");
        Field<NonNullGraphType<QuotedSourceType>>("source").Projects(nameof(Quote.SourceId)).ProjectsNavigation(nameof(Quote.Source))
            .Description("Who said it.")
            .Resolve(SourceLoaders.Source);
        Field<NonNullGraphType<ArticleType>>("article").Projects(nameof(Quote.ArticleId))
            .Description("The article the quote appears in.")
            .Resolve(ArticleLoaders.ArticleById);
    }
}
