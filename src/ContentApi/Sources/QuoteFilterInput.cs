using QueryableGraphQL.Filtering;

namespace ContentApi.Sources;

public sealed class QuoteFilterInput : FilterInputGraphType<Quote>
{
    public QuoteFilterInput()
    {
        Field(q => q.Text, "The words quoted.");
        Object(q => q.Source, typeof(QuotedSourceFilterInput), "Who gave the quote.");
    }
}
