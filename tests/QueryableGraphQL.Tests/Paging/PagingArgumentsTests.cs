using GraphQL;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Tests.Paging;

public sealed class PagingArgumentsTests
{
    private static readonly CursorPagingOptions Options = new() { DefaultPageSize = 10, MaxPageSize = 50 };

    private static readonly CursorCodec Codec = new(Options);

    private static readonly KeysetOrdering Ordering = CursorSample.Ordering;

    private static readonly string Cursor = Codec.Encode(Ordering,
        [1, 2L, "t", true, 1.5, 2.5m, Guid.Empty, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), CursorColour.Red, null, null, null, null, 9]);

    public static TheoryData<int?, string?, int?, string?, string> Invalid() => new()
    {
        { 51, null, null, null, "PAGE_SIZE_EXCEEDED" },
        { null, null, 51, null, "PAGE_SIZE_EXCEEDED" },
        { int.MaxValue, null, null, null, "PAGE_SIZE_EXCEEDED" },
        { -1, null, null, null, "INVALID_PAGE_SIZE" },
        { null, null, -1, null, "INVALID_PAGE_SIZE" },
        { 5, null, 5, null, "INVALID_PAGING_ARGUMENTS" },
        { null, Cursor, null, Cursor, "INVALID_PAGING_ARGUMENTS" },
        { 5, null, null, Cursor, "INVALID_PAGING_ARGUMENTS" },
        { null, Cursor, 5, null, "INVALID_PAGING_ARGUMENTS" },
        { 5, "garbage", null, null, "INVALID_CURSOR" },
        { null, null, 5, "garbage", "INVALID_CURSOR" },
        { null, Cursor + "x", null, null, "INVALID_CURSOR" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Bad_combinations_fail_with_their_error_code(int? first, string? after, int? last, string? before, string code)
    {
        var error = Assert.Throws<ExecutionError>(() => new PagingArguments(first, after, last, before).Validate(Options, Ordering, Codec));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void The_cursor_error_names_the_argument_that_carried_it()
    {
        var error = Assert.Throws<ExecutionError>(() => new PagingArguments(null, null, 3, "garbage").Validate(Options, Ordering, Codec));

        Assert.Contains("'before'", error.Message);
    }

    [Theory]
    [InlineData(null, null, 10, true)]
    [InlineData(50, null, 50, true)]
    [InlineData(0, null, 0, true)]
    [InlineData(null, 50, 50, false)]
    [InlineData(null, 1, 1, false)]
    public void Sizes_up_to_the_maximum_give_a_page_in_the_right_direction(int? first, int? last, int size, bool forward)
    {
        var page = new PagingArguments(first, null, last, null).Validate(Options, Ordering, Codec);

        Assert.Equal(new PageRequest(size, forward, null), page);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_valid_cursor_is_decoded_for_either_direction(bool forward)
    {
        var arguments = forward ? new PagingArguments(3, Cursor, null, null) : new PagingArguments(null, null, 3, Cursor);

        var page = arguments.Validate(Options, Ordering, Codec);

        Assert.Equal(forward, page.Forward);
        Assert.Equal(Codec.Decode(Cursor, Ordering), page.Cursor);
        Assert.Equal(9, page.Cursor![^1]);
    }

    [Fact]
    public void Before_alone_pages_backward_with_the_default_size()
    {
        var page = new PagingArguments(null, null, null, Cursor).Validate(Options, Ordering, Codec);

        Assert.Equal((10, false), (page.Size, page.Forward));
    }
}
