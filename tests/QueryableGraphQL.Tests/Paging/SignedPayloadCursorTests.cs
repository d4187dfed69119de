using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>
/// Payloads that carry a valid signature but not the shape this version writes (a leaked key, a cursor from an
/// older deploy): each must decode to null, which the API reports as INVALID_CURSOR, never throw.
/// </summary>
public sealed class SignedPayloadCursorTests
{
    private static readonly CursorPagingOptions Options = new() { CursorSigningKey = "signed-payload-tests" };
    private static readonly CursorCodec Codec = new(Options);
    private static readonly KeysetOrdering ByPublishedDesc =
        InvalidCursorTests.Ordering(InvalidCursorTests.Key("publishedAt", b => b.PublishedAt, true));

    private static readonly long Ticks = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc).Ticks;

    public static TheoryData<string> MisshapenPayloads() =>
    [
        $$"""{"S":"{{ByPublishedDesc.Signature}}"}""",
        $$"""{"K":[{{Ticks}},41]}""",
        $$"""{"S":"{{ByPublishedDesc.Signature}}","K":null}""",
        $$"""{"S":null,"K":[{{Ticks}},41]}""",
        $$"""{"S":7,"K":[{{Ticks}},41]}""",
        $$"""{"S":"{{ByPublishedDesc.Signature}}","K":[{{Ticks}},41],"X":1}""",
        $$"""{"S":"{{ByPublishedDesc.Signature}}","K":[{{Ticks}}]}""",
        $$"""{"S":"{{ByPublishedDesc.Signature}}","K":[{{Ticks}},41,42]}""",
        $$"""{"S":"{{ByPublishedDesc.Signature}}","K":[{{Ticks}},"41"]}""",
        $$"""{"S":"{{ByPublishedDesc.Signature}}","K":[{{Ticks}},null]}""",
        $$$"""{"S":"{{{ByPublishedDesc.Signature}}}","K":[{{{Ticks}}},{"id":41}]}""",
        $$"""{"S":"{{ByPublishedDesc.Signature}}","K":["2024-01-02",41]}""",
        $$"""{"S":"{{ByPublishedDesc.Signature}}","K":[{{Ticks}},41.5]}""",
        $$$"""{"S":"{{{ByPublishedDesc.Signature}}}","K":{"0":1}}""",
        "[]",
        "null",
        "41",
    ];

    [Fact]
    public void A_well_formed_payload_signed_the_same_way_decodes()
    {
        var cursor = Signed($$"""{"S":"{{ByPublishedDesc.Signature}}","K":[{{Ticks}},41]}""");

        Assert.Equal([new DateTime(Ticks, DateTimeKind.Utc), 41], Codec.Decode(cursor, ByPublishedDesc));
    }

    [Fact]
    public void A_null_value_is_accepted_for_a_nullable_key()
    {
        var cursor = Signed($$"""{"S":"{{ByPublishedDesc.Signature}}","K":[null,41]}""");

        Assert.Equal([null, 41], Codec.Decode(cursor, ByPublishedDesc));
    }

    [Theory]
    [MemberData(nameof(MisshapenPayloads))]
    public void A_signed_payload_of_another_shape_decodes_to_null(string json) =>
        Assert.Null(Codec.Decode(Signed(json), ByPublishedDesc));

    [Fact]
    public void A_cursor_bound_to_one_field_is_refused_by_another_with_the_same_ordering()
    {
        var sources = ByPublishedDesc.BoundTo("Query.sources");
        var cursor = Codec.Encode(sources, [new DateTime(Ticks, DateTimeKind.Utc), 41]);

        Assert.NotNull(Codec.Decode(cursor, ByPublishedDesc.BoundTo("Query.sources")));
        Assert.Null(Codec.Decode(cursor, ByPublishedDesc.BoundTo("Query.topics")));
        Assert.Null(Codec.Decode(cursor, ByPublishedDesc));
    }

    private static string Signed(string json)
    {
        var payload = Encoding.UTF8.GetBytes(json);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Options.CursorSigningKey!), payload)[..16];
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(signature)}";
    }
}
