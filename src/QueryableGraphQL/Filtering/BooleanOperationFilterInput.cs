using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>Operators for true/false fields.</summary>
public sealed class BooleanOperationFilterInput : InputObjectGraphType
{
    public BooleanOperationFilterInput()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a true/false value.";
        OperatorFields.Add(this, "eq", typeof(BooleanGraphType));
        OperatorFields.Add(this, "neq", typeof(BooleanGraphType));
    }
}
