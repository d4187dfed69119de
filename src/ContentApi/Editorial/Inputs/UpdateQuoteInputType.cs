using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>Its name comes from the mutation.</summary>
public sealed class UpdateQuoteInputType : InputObjectGraphType<UpdateQuoteInput>
{
    public UpdateQuoteInputType()
    {
        Description = "The quote at a position, and what to change about it.";
        Field(i => i.ArticleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Global id of the article.");
        Field(i => i.Version).Description("The article version you last read.");
        Field(i => i.Position).Description("Zero-based position of the quote to change.");
        Field(i => i.Text, nullable: true).Description("New words.");
        Field<SourceReferenceInputType>("source").Description("Another existing source.");
        Field(i => i.MoveTo, nullable: true).Description("New zero-based position; the quotes in between shift.");
    }
}
