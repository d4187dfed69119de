using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>Operators for fractional-number fields.</summary>
public sealed class FloatOperationFilterInput : ComparableOperationFilterInput<FloatGraphType>
{
    public FloatOperationFilterInput()
        : base("FloatOperationFilterInput", "a number that may have a fractional part")
    {
    }
}
