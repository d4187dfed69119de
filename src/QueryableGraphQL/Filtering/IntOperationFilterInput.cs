using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>Operators for whole-number fields.</summary>
public sealed class IntOperationFilterInput : ComparableOperationFilterInput<IntGraphType>
{
    public IntOperationFilterInput()
        : base("IntOperationFilterInput", "a whole number")
    {
    }
}
