using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QueryableGraphQL.Paging;

/// <summary>
/// Keyset cursors: the sort-key values of a row plus its primary key, bound to the ordering's signature and
/// signed, so a cursor that was tampered with or made under another ordering is refused.
/// </summary>
public sealed class CursorCodec(CursorPagingOptions options)
{
    /// <summary>
    /// A signed payload is still read strictly: a missing, extra, null or wrongly typed member means a cursor from
    /// another version or a leaked key, and must come out as an invalid cursor rather than as a fault later.
    /// </summary>
    private static readonly JsonSerializerOptions Strict = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

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

            var decoded = JsonSerializer.Deserialize<CursorPayload>(payload, Strict);
            if (decoded is null || decoded.S != ordering.Signature || decoded.K.Length != ordering.Keys.Count)
            {
                return null;
            }

            var values = ordering.Keys.Select((key, i) => FromJson(decoded.K[i], key.NonNullableType)).ToArray();
            return ordering.Keys.Where((key, i) => values[i] is null && !key.IsNullable).Any() ? null : values;
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

        if (!type.IsEnum)
        {
            return element.Deserialize(type, Strict);
        }

        var member = Enum.Parse(type, element.GetString()!);
        return Enum.IsDefined(type, member) ? member : throw new FormatException($"{element} names no {type.Name} member.");
    }

    private sealed record CursorPayload(string S, JsonElement[] K);
}
