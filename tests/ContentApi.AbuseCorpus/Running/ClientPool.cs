using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>
/// HTTP clients and raw sockets, each client on its own loopback source address (in 127.1.0.0/16) when the server
/// is on IPv4 loopback. The server limits requests per client address; spreading the corpus over several clients,
/// each under the limit, lets every case reach the GraphQL pipeline instead of a 429. Each run starts at an
/// address of its own, so runs in quick succession do not share a rate-limit window. Client 0 is kept for the
/// latency probes.
/// </summary>
internal sealed class ClientPool : IDisposable
{
    private readonly IPAddress? _target;
    private readonly int _port;
    private readonly ConcurrentDictionary<int, Lazy<HttpClient>> _clients = new();
    private readonly int _firstAddress = Environment.ProcessId % 250 * 200;

    public ClientPool(Uri baseUrl)
    {
        BaseUrl = baseUrl;
        _port = baseUrl.Port;
        _target = baseUrl.IsLoopback && (baseUrl.Host == "localhost" || IPAddress.TryParse(baseUrl.Host, out var ip) && ip.AddressFamily == AddressFamily.InterNetwork)
            ? (baseUrl.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(baseUrl.Host))
            : null;
    }

    public Uri BaseUrl { get; }

    public HttpClient Http(int client) => _clients.GetOrAdd(client, c => new Lazy<HttpClient>(() => CreateClient(c))).Value;

    /// <summary>A connected socket of the given client, for requests no HTTP client library would send.</summary>
    public async Task<Socket> ConnectAsync(int client, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (_target is not null)
            {
                socket.Bind(new IPEndPoint(Source(client), 0));
                await socket.ConnectAsync(new IPEndPoint(_target, _port), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await socket.ConnectAsync(new DnsEndPoint(BaseUrl.Host, _port), cancellationToken).ConfigureAwait(false);
            }

            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated))
        {
            client.Value.Dispose();
        }
    }

    private IPAddress Source(int client)
    {
        var n = (_firstAddress + client) % 62500;
        return new([127, 1, (byte)(n / 250), (byte)(n % 250 + 2)]);
    }

    private HttpClient CreateClient(int client)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxResponseHeadersLength = 256,
            ConnectCallback = (context, cancellationToken) => ConnectStreamAsync(client, context, cancellationToken),
        };
        return new HttpClient(handler) { BaseAddress = BaseUrl, Timeout = Timeout.InfiniteTimeSpan };
    }

    private async ValueTask<Stream> ConnectStreamAsync(int client, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = await ConnectAsync(client, cancellationToken).ConfigureAwait(false);
        return new NetworkStream(socket, ownsSocket: true);
    }
}
