using System.Diagnostics;
using System.Text;
using ContentApi.AbuseCorpus.Corpus;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>Sends a well-formed HTTP case with <see cref="HttpClient"/> and times it until the whole body has arrived.</summary>
internal static class HttpCaseSender
{
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static async Task<Observation> SendAsync(HttpClient client, CaseRequest request, TimeSpan timeout)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Target);
        if (request.Method != "GET")
        {
            var content = new ByteArrayContent(request.Body);
            if (request.ContentType is { } contentType)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            message.Content = content;
            message.Headers.TransferEncodingChunked = request.Chunked;
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using var cancellation = new CancellationTokenSource(timeout);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellation.Token).ConfigureAwait(false);
            var body = await ReadCappedAsync(response.Content, cancellation.Token).ConfigureAwait(false);
            return new((int)response.StatusCode, stopwatch.Elapsed.TotalMilliseconds, body, response.Content.Headers.ContentType?.MediaType, null);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return new(null, stopwatch.Elapsed.TotalMilliseconds, "", null, $"no complete response within {timeout.TotalMilliseconds:0} ms");
        }
        catch (HttpRequestException exception)
        {
            return new(null, stopwatch.Elapsed.TotalMilliseconds, "", null, "connection failed: " + Flatten(exception));
        }
    }

    private static async Task<string> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            // Past the cap the rest is still read (the timing must cover the whole answer) but not kept.
            if (buffer.Length < MaxBodyBytes)
            {
                buffer.Write(chunk, 0, read);
            }
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Flatten(Exception exception) =>
        exception.InnerException is { } inner ? $"{exception.Message} ({Flatten(inner)})" : exception.Message;
}
