using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace QueryableGraphQL.Paging;

/// <summary>
/// Keyset cursors: the sort-key values of a row plus its primary key, bound to the ordering's signature and
/// signed, so a cursor that was tampered with or made under another ordering is refused.
/// </summary>
public sealed class CursorCodec(CursorPagingOptions options)
{
    private readonly byte[] _key = string.IsNullOrEmpty(options.CursorSigningKey)
        ? RandomNumberGenerator.GetBytes(32)
        : Encoding.UTF8.GetBytes(options.CursorSigningKey);

    public string Encode(KeysetOrdering ordering, object?[] values)
    {
        var keys = values.Select(v => JsonSerializer.SerializeToElement(ToJson(v))).ToArray();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new CursorPayload(ordering.Signature, keys));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Sign(payload))}";
    }

    /// <summary>The decoded key values, or null when the cursor is not one of ours for this ordering.</summary>
    public object?[]? Decode(string cursor, KeysetOrdering ordering)
    {
        try
        {
            var parts = cursor.Split('.');
            if (parts.Length != 2)
            {
                return null;
            }

            var payload = Base64Url.DecodeFromChars(parts[0]);
            if (!CryptographicOperations.FixedTimeEquals(Sign(payload), Base64Url.DecodeFromChars(parts[1])))
            {
                return null;
            }

            var decoded = JsonSerializer.Deserialize<CursorPayload>(payload);
            if (decoded is null || decoded.S != ordering.Signature || decoded.K.Length != ordering.Keys.Count)
            {
                return null;
            }

            return ordering.Keys.Select((key, i) => FromJson(decoded.K[i], key.NonNullableType)).ToArray();
        }
        // ArgumentException: a signed cursor from before a deploy may name a removed enum member or hold ticks
        // that are no DateTime; it is still just an invalid cursor.
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key, payload)[..16];

    private static object? ToJson(object? value) => value switch
    {
        // Providers read dates back without a kind; converting those as local time would shift the cursor off
        // the stored value on any server outside UTC. Unspecified means "as stored", as the DateTime scalar reads it.
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime().Ticks,
        DateTime dateTime => dateTime.Ticks,
        Enum enumValue => enumValue.ToString(),
        _ => value,
    };

    private static object? FromJson(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (type == typeof(DateTime))
        {
            return new DateTime(element.GetInt64(), DateTimeKind.Utc);
        }

        return type.IsEnum ? Enum.Parse(type, element.GetString()!) : element.Deserialize(type);
    }

    private sealed record CursorPayload(string S, JsonElement[] K);
}
