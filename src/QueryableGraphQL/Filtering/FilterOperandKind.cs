namespace QueryableGraphQL.Filtering;

/// <summary>How a whitelisted filter field is matched, which decides its operation input type.</summary>
internal enum FilterOperandKind
{
    String,
    Comparable,
    Boolean,
    Id,
    Enum,
    Object,
    List,
}
