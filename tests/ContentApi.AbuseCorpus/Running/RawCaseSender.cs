using System.Diagnostics;
using System.Net.Sockets;
using ContentApi.AbuseCorpus.Corpus;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>Writes a raw or trickled case to a socket and reads whatever the server answers.</summary>
internal static class RawCaseSender
{
    public static async Task<Observation> SendAsync(ClientPool pool, int client, CaseRequest request, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var stopwatch = Stopwatch.StartNew();
        var received = new MemoryStream();
        string? error = null;
        Task? reading = null;
        try
        {
            using var socket = await pool.ConnectAsync(client, cancellation.Token).ConfigureAwait(false);
            var prefix = request.Delivery == Delivery.Trickle ? request.TrickleFrom : request.Body.Length;
            await socket.SendAsync(request.Body.AsMemory(0, prefix), SocketFlags.None, cancellation.Token).ConfigureAwait(false);
            reading = ReadAsync(socket, received, cancellation.Token);
            for (var next = prefix; next < request.Body.Length && !reading.IsCompleted; next++)
            {
                await Task.WhenAny(reading, Task.Delay(request.TrickleIntervalMs, cancellation.Token)).ConfigureAwait(false);
                if (reading.IsCompleted || !await TrySendAsync(socket, request.Body.AsMemory(next, 1), cancellation.Token).ConfigureAwait(false))
                {
                    break;
                }
            }

            await reading.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            error = $"no complete response within {timeout.TotalMilliseconds:0} ms";
        }
        catch (SocketException exception)
        {
            error = "connection failed: " + exception.Message;
        }

        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        if (reading is not null)
        {
            // Let a cancelled read finish before looking at what it wrote; WhenAny never throws.
            await Task.WhenAny(reading).ConfigureAwait(false);
        }

        var response = RawResponse.Parse(received.ToArray());
        return response is null
            ? new(null, elapsed, "", null, error ?? "the server closed the connection without a response")
            : new(response.Status, elapsed, response.Body, response.ContentType, null);
    }

    private static async Task<bool> TrySendAsync(Socket socket, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            await socket.SendAsync(bytes, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            // The server closed the connection mid-body; its answer, if any, is already on the way.
            return false;
        }
    }

    private static async Task ReadAsync(Socket socket, MemoryStream received, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false)) > 0)
            {
                received.Write(buffer, 0, read);
                if (RawResponse.IsComplete(received.GetBuffer().AsSpan(0, (int)received.Length)))
                {
                    return;
                }
            }
        }
        catch (SocketException) when (received.Length > 0)
        {
            // A reset after the response (the server closing a connection it will not read further) is fine.
        }
    }
}
