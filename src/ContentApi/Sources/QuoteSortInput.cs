using QueryableGraphQL.Sorting;

namespace ContentApi.Sources;

public sealed class QuoteSortInput : SortInputGraphType<Quote>
{
    public QuoteSortInput()
    {
        Field(q => q.Text, "Sort by the quoted words.");
        Object(q => q.Source, typeof(QuotedSourceSortInput), "Sort by a field of the source.");
    }
}
