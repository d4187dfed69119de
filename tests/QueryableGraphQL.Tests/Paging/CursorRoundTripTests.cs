using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Tests.Paging;

public sealed class CursorRoundTripTests
{
    private static readonly CursorCodec Codec = new(new CursorPagingOptions());

    private static readonly DateTime Noon = new(2024, 2, 29, 12, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, object?[]> Rows() => new()
    {
        {
            "typical values",
            [42, 42L, "Kiwi", true, 2.5, 19.99m, Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), Noon, CursorColour.Green,
                7, "maybe", Noon.AddTicks(1), CursorColour.Blue, 1]
        },
        {
            "nulls in every nullable key",
            [0, 0L, "", false, 0.0, 0m, Guid.Empty, Noon, CursorColour.Red, null, null, null, null, 2]
        },
        {
            "extremes",
            [int.MinValue, long.MaxValue, new string('x', 500), false, double.MaxValue, decimal.MaxValue, Guid.NewGuid(),
                DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc), CursorColour.Blue, int.MaxValue, "", DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
                CursorColour.Red, int.MaxValue]
        },
        {
            "digits and text that JSON or the cursor format could mangle",
            [-1, -9_007_199_254_740_993L, "a.b \"quoted\" \\ Zoë 🚀 null", true, 0.1 + 0.2, 0.1000000000000000000000000001m, Guid.NewGuid(),
                Noon.AddTicks(1234567), CursorColour.Green, 0, "null", Noon, CursorColour.Green, -5]
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_key_value_comes_back_equal_and_of_the_same_type(string description, object?[] values)
    {
        var cursor = Codec.Encode(CursorSample.Ordering, values);

        var decoded = Codec.Decode(cursor, CursorSample.Ordering);

        Assert.NotNull(decoded);
        Assert.True(values.SequenceEqual(decoded), description);
        Assert.Equal(values.Select(v => v?.GetType()), decoded.Select(v => v?.GetType()));
    }

    [Fact]
    public void A_cursor_is_url_safe_text()
    {
        var cursor = Codec.Encode(CursorSample.Ordering, (object?[])Rows().First()[1]);

        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", cursor);
    }
}
