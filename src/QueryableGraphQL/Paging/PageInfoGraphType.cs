using GraphQL.Types;

namespace QueryableGraphQL.Paging;

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the whole list, and the cursors to move from it.";
        Field(p => p.HasNextPage).Description("True when more items follow this page.");
        Field(p => p.HasPreviousPage).Description("True when items come before this page.");
        Field(p => p.StartCursor, nullable: true).Description("Cursor of the first item on this page; pass it as 'before' to go back.");
        Field(p => p.EndCursor, nullable: true).Description("Cursor of the last item on this page; pass it as 'after' to go on.");
    }
}
