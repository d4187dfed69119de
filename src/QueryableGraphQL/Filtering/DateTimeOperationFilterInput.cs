using QueryableGraphQL.Scalars;

namespace QueryableGraphQL.Filtering;

/// <summary>Operators for timestamp fields; values may use any offset and are compared as instants.</summary>
public sealed class DateTimeOperationFilterInput : ComparableOperationFilterInput<UtcDateTimeGraphType>
{
    public DateTimeOperationFilterInput()
        : base("DateTimeOperationFilterInput", "a point in time (earlier is less)")
    {
    }
}
