using GraphQL;
using GraphQL.Types;

namespace ContentApi.Search;

internal sealed class SearchHighlightType : ObjectGraphType<SearchHighlight>
{
    public SearchHighlightType()
    {
        Name = "SearchHighlight";
        Description = "A short passage of one field of the article, cut around the words that matched; '…' marks a cut.";
        Field(h => h.Field, type: typeof(NonNullGraphType<SearchFieldType>)).Description("The field the passage comes from.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightSegmentType>>>>("segments")
            .Description("The passage in reading order; joined, the texts give the passage.")
            // Two scalars per segment, computed in memory: priced as one item, not as a list of the default page size.
            .WithComplexityImpact(1, 1)
            .Resolve(context => context.Source.Segments);
    }
}
