using System.Linq.Expressions;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>
/// A genuine, signed cursor whose values no longer fit the ordering's key types (a deploy changed a field's type
/// or removed an enum member) must still be refused as INVALID_CURSOR, never fail the request.
/// </summary>
public sealed class CursorTypeChangeTests
{
    private static readonly CursorCodec Codec = new(new CursorPagingOptions());

    public static TheoryData<string> Changes() => ["text to int", "long to int", "long to DateTime", "text to Guid", "removed enum member", "number to enum"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_signed_cursor_whose_values_do_not_fit_the_key_types_decodes_to_null(string change)
    {
        var (before, value, after) = change switch
        {
            "text to int" => (Ordering<string>(), (object)"abc", Ordering<int>()),
            "long to int" => (Ordering<long>(), 10_000_000_000L, Ordering<int>()),
            "long to DateTime" => (Ordering<long>(), long.MaxValue, Ordering<DateTime>()),
            "text to Guid" => (Ordering<string>(), "not-a-guid", Ordering<Guid>()),
            "removed enum member" => (Ordering<CursorColour>(), CursorColour.Blue, Ordering<RetiredColour>()),
            _ => (Ordering<int>(), 3, Ordering<CursorColour>()),
        };
        Assert.Equal(before.Signature, after.Signature);

        Assert.Null(Codec.Decode(Codec.Encode(before, [value, 1]), after));
    }

    /// <summary>Same path and direction, so the same signature, whatever the value type.</summary>
    private static KeysetOrdering Ordering<TValue>()
    {
        Expression<Func<Holder<TValue>, TValue>> selector = h => h.Value;
        return KeysetOrdering.Create([new SortKey("value", selector, false)], [], (Holder<TValue> h) => h.Id);
    }

    private enum RetiredColour
    {
        Red,
        Green,
    }

    private sealed class Holder<TValue>
    {
        public TValue Value { get; set; } = default!;
        public int Id { get; set; }
    }
}
