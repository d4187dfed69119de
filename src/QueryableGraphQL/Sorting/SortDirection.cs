namespace QueryableGraphQL.Sorting;

/// <summary>The value behind each <c>SortEnumType</c> member.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
