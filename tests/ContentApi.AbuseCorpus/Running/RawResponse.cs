using System.Globalization;
using System.Text;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>Reads an HTTP/1.1 response from raw bytes: status, Content-Type and body (de-chunked).</summary>
internal sealed record RawResponse(int Status, string? ContentType, string Body)
{
    /// <summary>Whether <paramref name="data"/> holds a whole response (by Content-Length or the last chunk).</summary>
    public static bool IsComplete(ReadOnlySpan<byte> data)
    {
        var end = data.IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return false;
        }

        var head = Encoding.Latin1.GetString(data[..end]);
        if (Header(head, "Content-Length") is { } length && int.TryParse(length, CultureInfo.InvariantCulture, out var bytes))
        {
            return data.Length - end - 4 >= bytes;
        }

        return Header(head, "Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true && data.EndsWith("0\r\n\r\n"u8);
    }

    /// <summary>The response in <paramref name="data"/>, or null when not even a status line arrived.</summary>
    public static RawResponse? Parse(ReadOnlySpan<byte> data)
    {
        var lineEnd = data.IndexOf("\r\n"u8);
        var statusLine = Encoding.Latin1.GetString(lineEnd < 0 ? data : data[..lineEnd]).Split(' ');
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(statusLine[1], CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }

        var end = data.IndexOf("\r\n\r\n"u8);
        var head = end < 0 ? Encoding.Latin1.GetString(data) : Encoding.Latin1.GetString(data[..end]);
        var body = end < 0 ? [] : data[(end + 4)..].ToArray();
        if (Header(head, "Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body);
        }

        return new(status, Header(head, "Content-Type")?.Split(';')[0].Trim(), Encoding.UTF8.GetString(body));
    }

    private static string? Header(string head, string name) =>
        head.Split("\r\n").Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1].Trim()).FirstOrDefault();

    private static byte[] Dechunk(byte[] chunked)
    {
        var output = new List<byte>();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = chunked.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0 || !int.TryParse(Encoding.Latin1.GetString(chunked, position, lineEnd).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            var start = position + lineEnd + 2;
            output.AddRange(chunked.AsSpan(start, Math.Min(size, chunked.Length - start)).ToArray());
            position = start + size + 2;
        }

        return [.. output];
    }
}
