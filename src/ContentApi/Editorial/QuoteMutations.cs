using ContentApi.Sources;
using GraphQL;
using GraphQL.Types;

namespace ContentApi.Editorial;

internal static class QuoteMutations
{
    private static readonly (string, Type, string) ChangedQuote = ("quote", typeof(QuoteType), "The quote as it is now; its article carries the new version.");
    private static readonly Type[] Errors = [typeof(NotFoundErrorType), typeof(ConcurrencyErrorType), typeof(ValidationErrorType)];

    public static void AddQuoteMutations(this ObjectGraphType mutation, QuoteEditor quotes)
    {
        mutation.AddMutation("addQuote", "Adds a quote from an existing source to an article, at a position or last.",
            new AddQuoteInputType(), ChangedQuote, Errors,
            (c, editor) => quotes.AddAsync(c.GetArgument<AddQuoteInput>("input"), editor, c.CancellationToken));
        mutation.AddMutation("updateQuote", "Changes the words or the source of the quote at a position, or moves it.",
            new UpdateQuoteInputType(), ChangedQuote, Errors,
            (c, editor) => quotes.UpdateAsync(c.GetArgument<UpdateQuoteInput>("input"), editor, c.CancellationToken));
        mutation.AddMutation("removeQuote", "Removes the quote at a position; the quotes after it move up.",
            new RemoveQuoteInputType(), ArticleMutations.ChangedArticle, Errors,
            (c, editor) => quotes.RemoveAsync(c.GetArgument<RemoveQuoteInput>("input"), editor, c.CancellationToken));
    }
}
