using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using TestSupport;

namespace GraphQLHttp.Tests;

/// <summary>Slow clients against a real Kestrel on a loopback port: they get 408 and cannot hold the connection.</summary>
public sealed class SlowClientTests
{
    private static readonly Dictionary<string, string?> TightLimits = new()
    {
        ["GraphQL:Limits:RequestHeadersTimeoutSeconds"] = "2",
        ["GraphQL:Limits:MinRequestBodyBytesPerSecond"] = "100",
        ["GraphQL:Limits:DataRateGracePeriodSeconds"] = "2",
    };

    [Fact]
    public async Task A_trickled_body_gets_408_request_timeout_and_no_error_log()
    {
        var log = new LogCapture();
        await using var host = await TestGraphQLHost.StartAsync(TightLimits, configure: builder => builder.Logging.AddProvider(log), kestrel: true);
        using var client = await ConnectAsync(host);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":\""));

        var started = Stopwatch.GetTimestamp();
        var response = await TrickleUntilAnsweredAsync(stream, "a"u8.ToArray());

        Assert.StartsWith("HTTP/1.1 408", response);
        Assert.Contains("REQUEST_TIMEOUT", response);
        Assert.InRange(Stopwatch.GetElapsedTime(started).TotalSeconds, 0, 20);
        Assert.DoesNotContain(log.Entries, entry => entry.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Trickled_headers_get_408_from_kestrel()
    {
        await using var host = await TestGraphQLHost.StartAsync(TightLimits, kestrel: true);
        using var client = await ConnectAsync(host);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /graphql?query=%7Bhello%7D HTTP/1.1\r\nHost: localhost\r\n"));

        var response = await TrickleUntilAnsweredAsync(stream, "X-Slow: 1\r\n"u8.ToArray());

        Assert.StartsWith("HTTP/1.1 408", response);
    }

    private static async Task<TcpClient> ConnectAsync(TestGraphQLHost host)
    {
        var client = new TcpClient();
        await client.ConnectAsync(host.KestrelAddress!.Host, host.KestrelAddress.Port);
        return client;
    }

    // Sends a little every half second until the server answers or closes the connection (at most 30 s).
    private static async Task<string> TrickleUntilAnsweredAsync(NetworkStream stream, byte[] piece)
    {
        var buffer = new byte[8192];
        var received = new StringBuilder();
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var reading = stream.ReadAsync(buffer, giveUp.Token).AsTask();
        while (!giveUp.IsCancellationRequested)
        {
            if (await Task.WhenAny(reading, Task.Delay(500, giveUp.Token)) == reading)
            {
                var count = await reading;
                if (count == 0)
                {
                    break;
                }

                received.Append(Encoding.UTF8.GetString(buffer, 0, count));
                reading = stream.ReadAsync(buffer, giveUp.Token).AsTask();
                continue;
            }

            try
            {
                await stream.WriteAsync(piece, giveUp.Token);
            }
            catch (IOException)
            {
                // The server closed its side; what it sent is still readable.
            }
        }

        return received.ToString();
    }
}
