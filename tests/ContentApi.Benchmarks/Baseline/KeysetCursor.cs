using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// The API's documented cursor for its default article order (publishedAt DESC, id DESC), written by hand:
/// base64url of <c>{"S":"Query.articles|publishedAt:DESC,id:DESC","K":[ticks|null,id]}</c>, a dot, and the first 16 bytes of
/// its HMAC-SHA256 under <c>GraphQL:Paging:CursorSigningKey</c>. Arm B answers with the same cursors the API
/// does, so its pages can be compared with the API's byte for byte and either arm can continue from the other.
/// Search results get the cursor of their own order (score DESC, id DESC) the same way.
/// </summary>
internal sealed class KeysetCursor(string signingKey)
{
    // The API binds a cursor to its field as well as its ordering.
    private const string Signature = "Query.articles|publishedAt:DESC,id:DESC";
    private const string SearchSignature = "Query.search|score:DESC,id:DESC";
    private readonly byte[] _key = Encoding.UTF8.GetBytes(signingKey);

    public string Encode(DateTime? publishedAt, int id) => Encode(Signature, writer =>
    {
        if (publishedAt is { } at)
        {
            writer.WriteNumberValue(at.Ticks);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteNumberValue(id);
    });

    /// <summary>A search result's cursor: <c>{"S":"Query.search|score:DESC,id:DESC","K":[score,id]}</c>, signed alike.</summary>
    public string EncodeSearch(double score, int id) => Encode(SearchSignature, writer =>
    {
        writer.WriteNumberValue(score);
        writer.WriteNumberValue(id);
    });

    /// <summary>The row the cursor points at, or null when it is not a valid cursor of this order.</summary>
    public (DateTime? PublishedAt, int Id)? Decode(string cursor)
    {
        var dot = cursor.IndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(cursor.AsSpan(0, dot));
            if (!CryptographicOperations.FixedTimeEquals(Sign(payload), Base64Url.DecodeFromChars(cursor.AsSpan(dot + 1))))
            {
                return null;
            }

            using var json = JsonDocument.Parse(payload);
            var keys = json.RootElement.GetProperty("K");
            if (json.RootElement.GetProperty("S").GetString() != Signature || keys.GetArrayLength() != 2)
            {
                return null;
            }

            DateTime? at = keys[0].ValueKind == JsonValueKind.Null ? null : new DateTime(keys[0].GetInt64(), DateTimeKind.Utc);
            return (at, keys[1].GetInt32());
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            return null;
        }
    }

    private string Encode(string signature, Action<Utf8JsonWriter> writeKeys)
    {
        var buffer = new ArrayBufferWriter<byte>(96);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("S", signature);
            writer.WriteStartArray("K");
            writeKeys(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var payload = buffer.WrittenSpan;
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Sign(payload))}";
    }

    private byte[] Sign(ReadOnlySpan<byte> payload)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, payload, hash);
        return hash[..16].ToArray();
    }
}
