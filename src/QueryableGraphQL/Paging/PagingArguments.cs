using GraphQL;

namespace QueryableGraphQL.Paging;

/// <summary>The four Relay paging arguments as a client sent them.</summary>
internal sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public static PagingArguments From(IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"));

    /// <summary>Checks the arguments against the options and decodes the cursor for <paramref name="ordering"/>.</summary>
    public PageRequest Validate(CursorPagingOptions options, KeysetOrdering ordering, CursorCodec codec)
    {
        if (First is not null && Last is not null)
        {
            throw PagingErrors.FirstAndLast();
        }

        if (After is not null && Before is not null)
        {
            throw PagingErrors.AfterAndBefore();
        }

        if ((First is not null && Before is not null) || (Last is not null && After is not null))
        {
            throw PagingErrors.MixedDirections();
        }

        CheckSize("first", First, options);
        CheckSize("last", Last, options);
        var forward = Last is null && Before is null;
        var size = First ?? Last ?? options.DefaultPageSize;
        var (argument, cursor) = After is not null ? ("after", After) : ("before", Before);
        var values = cursor is null ? null : codec.Decode(cursor, ordering) ?? throw PagingErrors.InvalidCursor(argument);
        return new PageRequest(size, forward, values);
    }

    private static void CheckSize(string argument, int? value, CursorPagingOptions options)
    {
        if (value < 0)
        {
            throw PagingErrors.InvalidPageSize(argument);
        }

        if (value > options.MaxPageSize)
        {
            throw PagingErrors.PageSizeExceeded(argument, options.MaxPageSize);
        }
    }
}
