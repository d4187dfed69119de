using GraphQL.Types;

namespace QueryableGraphQL.Sorting;

/// <summary>The HotChocolate-compatible <c>enum SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "The direction in which to sort by a field. Items without a value always come last, in either direction.";
        Add("ASC", SortDirection.Ascending, "Smallest, earliest or alphabetically first value first.");
        Add("DESC", SortDirection.Descending, "Largest, latest or alphabetically last value first.");
    }
}
