using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>Operators for identifier fields: equality and list membership only.</summary>
public sealed class IdOperationFilterInput : InputObjectGraphType
{
    public IdOperationFilterInput()
    {
        Name = "IdOperationFilterInput";
        Description = "Conditions on an identifier: equality and membership in a list.";
        OperatorFields.AddEquality(this, typeof(IdGraphType));
    }
}
