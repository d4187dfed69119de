using GraphQL.Types;

namespace ContentApi.Search;

internal sealed class SearchFieldType : EnumerationGraphType<SearchField>
{
    public SearchFieldType()
    {
        Name = "SearchField";
        Description = "A part of an article that search reads: title, summary, body, a quote's text, or a quoted source's name.";
    }
}
