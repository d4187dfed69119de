using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace TestSupport;

/// <summary>
/// A private <c>redis-server</c> on a free loopback port, in a temporary folder, without persistence. It can be
/// killed and started again on the same port (an outage and a recovery); disposing kills it and removes the folder,
/// and a later run does both if this one is killed first.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string PidFile = "redis.pid";
    private readonly string _binary;
    private readonly string _folder;
    private Process? _process;

    private RedisServer(string binary)
    {
        _binary = binary;
        _folder = Path.Combine(Path.GetTempPath(), $"contentapi-redis-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        AbandonedServers.Claim(_folder);
        Port = FreePort.Next();
    }

    public int Port { get; }

    /// <summary>The <c>ConnectionStrings:Redis</c> value for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var binary = InstalledServer.Find("redis-server")
            ?? throw new InvalidOperationException("redis-server is not installed; install it with 'apt-get install redis-server'.");
        AbandonedServers.Reap("contentapi-redis-*", StopAbandoned);
        var server = new RedisServer(binary);
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the server again on its port after <see cref="Kill"/>.</summary>
    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo(_binary)
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder, "--daemonize", "no", "--pidfile", Path.Combine(_folder, PidFile) })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not answer on port {Port}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Kills the server at once, as a crash would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static void StopAbandoned(string folder)
    {
        var pidFile = Path.Combine(folder, PidFile);
        if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile), out var pid) && AbandonedServers.IsRunning(pid, "redis-server"))
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            process.WaitForExit();
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
