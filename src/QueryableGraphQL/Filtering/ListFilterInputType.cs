using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary><c>ListFilterInputTypeOf&lt;Element&gt;FilterInput</c>: conditions on the elements of a related list.</summary>
/// <typeparam name="TElementFilter">The element's filter input type.</typeparam>
public sealed class ListFilterInputType<TElementFilter> : InputObjectGraphType
    where TElementFilter : FilterInputGraphType, new()
{
    public ListFilterInputType()
    {
        var elementFilterName = new TElementFilter().Name;
        Name = "ListFilterInputTypeOf" + elementFilterName;
        Description = "Conditions on the elements of a list. An empty list matches `all` and `none`, never `some`.";
        AddField(new FieldType
        {
            Name = "all",
            Type = typeof(TElementFilter),
            Description = "Matches when every element meets the conditions.",
        });
        AddField(new FieldType
        {
            Name = "none",
            Type = typeof(TElementFilter),
            Description = "Matches when no element meets the conditions.",
        });
        AddField(new FieldType
        {
            Name = "some",
            Type = typeof(TElementFilter),
            Description = "Matches when at least one element meets the conditions.",
        });
        AddField(new FieldType
        {
            Name = "any",
            Type = typeof(BooleanGraphType),
            Description = "`true` matches lists with at least one element; `false` matches empty lists.",
        });
    }
}
