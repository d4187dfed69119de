namespace QueryableGraphQL.Sorting;

/// <summary>The value behind each <c>SortEnumType</c> member.</summary>
internal enum SortDirection
{
    Ascending,
    Descending,
}
