using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>Its name comes from the mutation.</summary>
public sealed class RemoveQuoteInputType : InputObjectGraphType<RemoveQuoteInput>
{
    public RemoveQuoteInputType()
    {
        Description = "The quote to remove from an article.";
        Field(i => i.ArticleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Global id of the article.");
        Field(i => i.Version).Description("The article version you last read.");
        Field(i => i.Position).Description("Zero-based position of the quote to remove; the ones after it move up.");
    }
}
