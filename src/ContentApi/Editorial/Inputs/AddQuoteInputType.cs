using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>Its name comes from the mutation.</summary>
public sealed class AddQuoteInputType : InputObjectGraphType<AddQuoteInput>
{
    public AddQuoteInputType()
    {
        Description = "A quote to add to an article.";
        Field(i => i.ArticleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Global id of the article.");
        Field(i => i.Version).Description("The article version you last read.");
        Field(i => i.Text).Description("The quoted words, without quotation marks.");
        Field<NonNullGraphType<SourceReferenceInputType>>("source").Description("Who said it: an existing source.");
        Field(i => i.Position, nullable: true).Description("Zero-based place among the article's quotes; by default last.");
    }
}
