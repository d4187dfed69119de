using GraphQL.Types;

namespace QueryableGraphQL.Relay;

public sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "An object with a global id: pass it to 'node(id:)' to fetch the object again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque, stable global id of the object.");
    }
}
