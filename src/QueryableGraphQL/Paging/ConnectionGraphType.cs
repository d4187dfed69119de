using GraphQL.Types;

namespace QueryableGraphQL.Paging;

/// <summary>
/// <c>&lt;Field&gt;Connection</c> for a cursor-paged list, named after the field in PascalCase as HotChocolate
/// names it (<c>articles</c> gives <c>ArticlesConnection</c>).
/// </summary>
public abstract class ConnectionGraphType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    protected ConnectionGraphType(string fieldName, string itemsDescription)
    {
        Name = $"{fieldName}Connection";
        Description = $"A page of {itemsDescription}, with cursors to move through the rest.";
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Whether there are more pages, and the cursors to reach them.")
            .Resolve(context => context.Source.PageInfo);
        var edge = new EdgeGraphType<TNodeType, TNode>(fieldName);
        Field("edges", new ListGraphType(new NonNullGraphType(edge)))
            .Description("The items of this page, each with its cursor.")
            .Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes")
            .Description("The items of this page, when you need no per-item cursor.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items the whole list holds under the current filter. Counted only when you ask for it.")
            .Resolve(context => context.Source.TotalCount ?? 0);
    }
}
