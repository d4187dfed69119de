using GraphQL.Types;

namespace QueryableGraphQL.Paging;

/// <summary><c>&lt;Field&gt;Edge { cursor node }</c>, named after the list field.</summary>
internal sealed class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeGraphType(string fieldName)
    {
        Name = $"{fieldName}Edge";
        Description = "An item of the list with the cursor that points at it.";
        Field(e => e.Cursor).Description("Opaque cursor of this item; pass it as 'after' or 'before'.");
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(context => context.Source.Node);
    }
}
