using GraphQL;

namespace QueryableGraphQL.Paging;

/// <summary>The paging argument errors of the schema conventions, each with its stable code.</summary>
public static class PagingErrors
{
    public static ExecutionError PageSizeExceeded(string argument, int max) =>
        new($"'{argument}' may be at most {max}. Ask for a smaller page and follow the cursors.") { Code = "PAGE_SIZE_EXCEEDED" };

    public static ExecutionError InvalidPageSize(string argument) =>
        new($"'{argument}' must not be negative.") { Code = "INVALID_PAGE_SIZE" };

    public static ExecutionError FirstAndLast() =>
        new("Pass either 'first' or 'last', not both.") { Code = "INVALID_PAGING_ARGUMENTS" };

    public static ExecutionError AfterAndBefore() =>
        new("Pass either 'after' or 'before', not both.") { Code = "INVALID_PAGING_ARGUMENTS" };

    public static ExecutionError MixedDirections() =>
        new("Page forward with 'first' and 'after', or backward with 'last' and 'before'.") { Code = "INVALID_PAGING_ARGUMENTS" };

    public static ExecutionError InvalidCursor(string argument) =>
        new($"The '{argument}' cursor is not valid for this list and ordering. Use a cursor returned by the same field with the same 'order'.") { Code = "INVALID_CURSOR" };
}
