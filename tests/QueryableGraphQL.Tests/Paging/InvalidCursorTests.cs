using System.Buffers.Text;
using System.Linq.Expressions;
using System.Text;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Sorting;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>Anything that is not a cursor we made for this ordering decodes to null, which the API reports as INVALID_CURSOR.</summary>
public sealed class InvalidCursorTests
{
    private static readonly CursorCodec Codec = new(new CursorPagingOptions());

    private static readonly KeysetOrdering ByPublishedDesc = Ordering(Key("publishedAt", b => b.PublishedAt, true));

    private static readonly string Valid = Codec.Encode(ByPublishedDesc, [new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), 41]);

    public static TheoryData<string> Garbage() =>
    [
        "", "not a cursor", ".", "a.b.c", "!!!.???", "e30.", ".e30", "e30.e30",
        Valid[..^4], Valid[..(Valid.IndexOf('.') - 2)] + Valid[Valid.IndexOf('.')..], Valid.Split('.')[0], Valid + ".", Valid + "A",
        Valid.Replace('.', '|'),
    ];

    [Fact]
    public void The_valid_cursor_these_tests_mangle_decodes()
    {
        Assert.Equal([new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), 41], Codec.Decode(Valid, ByPublishedDesc));
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Garbage_and_truncated_cursors_decode_to_null(string cursor) =>
        Assert.Null(Codec.Decode(cursor, ByPublishedDesc));

    [Fact]
    public void A_changed_payload_with_the_original_signature_decodes_to_null()
    {
        var parts = Valid.Split('.');
        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0]));
        var tampered = json.Replace(",41]", ",42]");
        Assert.NotEqual(json, tampered);

        Assert.Null(Codec.Decode($"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(tampered))}.{parts[1]}", ByPublishedDesc));
    }

    [Fact]
    public void A_changed_signature_decodes_to_null()
    {
        var parts = Valid.Split('.');
        var signature = Base64Url.DecodeFromChars(parts[1]);
        signature[^1] ^= 1;

        Assert.Null(Codec.Decode($"{parts[0]}.{Base64Url.EncodeToString(signature)}", ByPublishedDesc));
    }

    [Fact]
    public void A_cursor_signed_with_another_key_decodes_to_null()
    {
        var other = new CursorCodec(new CursorPagingOptions { CursorSigningKey = "someone else's key" });

        Assert.Null(Codec.Decode(other.Encode(ByPublishedDesc, [null, 41]), ByPublishedDesc));
    }

    [Theory]
    [InlineData("publishedAt ASC")]
    [InlineData("title DESC")]
    [InlineData("publishedAt DESC, title DESC")]
    [InlineData("id")]
    public void A_cursor_made_under_another_ordering_decodes_to_null(string other)
    {
        var ordering = other switch
        {
            "publishedAt ASC" => Ordering(Key("publishedAt", b => b.PublishedAt, false)),
            "title DESC" => Ordering(Key("title", b => b.Title, true)),
            "publishedAt DESC, title DESC" => Ordering(Key("publishedAt", b => b.PublishedAt, true), Key("title", b => b.Title, true)),
            _ => Ordering(),
        };

        Assert.Null(Codec.Decode(Valid, ordering));
    }

    internal static KeysetOrdering Ordering(params SortKey[] keys) => KeysetOrdering.Create(keys, [], (Book b) => b.Id);

    internal static SortKey Key<TValue>(string path, Expression<Func<Book, TValue>> selector, bool descending) => new(path, selector, descending);
}
