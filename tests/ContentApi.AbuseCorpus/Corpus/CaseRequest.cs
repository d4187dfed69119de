using System.Security.Cryptography;
using System.Text;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>
/// A request of the corpus. For <see cref="Delivery.Http"/> it is a method, a target relative to the base URL,
/// headers and a body; for <see cref="Delivery.Raw"/> and <see cref="Delivery.Trickle"/> the body holds the whole
/// HTTP message, and a trickled message is sent as is up to <see cref="TrickleFrom"/>, then one byte per
/// <see cref="TrickleIntervalMs"/>.
/// </summary>
internal sealed record CaseRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public Delivery Delivery { get; init; } = Delivery.Http;

    /// <summary>The Content-Type of the body, sent as is; null sends none.</summary>
    public string? ContentType { get; init; }

    /// <summary>Send the body with chunked transfer encoding instead of a Content-Length.</summary>
    public bool Chunked { get; init; }

    public int TrickleFrom { get; init; }

    public int TrickleIntervalMs { get; init; }

    /// <summary>A stable digest of everything sent, to compare corpora.</summary>
    public string Fingerprint()
    {
        var head = string.Join('\n', [Delivery.ToString(), Method, Target, ContentType ?? "-", Chunked.ToString(),
            TrickleFrom.ToString(System.Globalization.CultureInfo.InvariantCulture),
            TrickleIntervalMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            .. Headers.Select(h => $"{h.Key}: {h.Value}")]);
        return Convert.ToHexString(SHA256.HashData([.. Encoding.UTF8.GetBytes(head), 0, .. Body]));
    }
}
