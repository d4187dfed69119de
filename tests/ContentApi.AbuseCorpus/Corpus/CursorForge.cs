using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>
/// Reads and signs cursors the way the server does (base64url JSON payload, dot, truncated HMAC-SHA256), so the
/// corpus can send correctly signed cursors whose payload is wrong: the case of a leaked or rotated-in key, or of a
/// cursor issued before a deploy. With any other server key they are merely badly signed.
/// </summary>
internal sealed class CursorForge(string signingKey)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(signingKey);

    public string Sign(string payloadJson)
    {
        var payload = Encoding.UTF8.GetBytes(payloadJson);
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload)[..16])}";
    }

    /// <summary>The ordering signature (<c>S</c>) inside a cursor, or null when it is not readable.</summary>
    public static string? OrderingOf(string cursor)
    {
        try
        {
            var payload = Base64Url.DecodeFromChars(cursor.Split('.')[0]);
            return JsonNode.Parse(payload)?["S"]?.GetValue<string>();
        }
        catch (Exception exception) when (exception is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
