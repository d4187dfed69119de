using GraphQL.Types;

namespace ContentApi.Search;

internal sealed class HighlightSegmentType : ObjectGraphType<HighlightSegment>
{
    public HighlightSegmentType()
    {
        Name = "HighlightSegment";
        Description = "A piece of a highlight: plain text to show as it is, or a word that matched (render it marked; it is text, never markup).";
        Field(s => s.Text).Description("The text of this piece, to be escaped like any text.");
        Field(s => s.Match).Description("Whether this piece is a word that matched the query.");
    }
}
