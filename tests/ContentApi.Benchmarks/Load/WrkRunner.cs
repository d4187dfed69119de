using System.Diagnostics;
using System.Text.Json;

namespace ContentApi.Benchmarks.Load;

/// <summary>
/// Runs wrk on loopback with <c>load/request.lua</c>: one thread per connection up to the two cores, a 30 s
/// timeout so a slow related list is measured rather than dropped.
/// </summary>
internal sealed class WrkRunner(string luaScript, string workFolder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<WrkResult> RunAsync(string url, string method, byte[]? body, int connections, int seconds)
    {
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-t", Math.Min(connections, 2).ToString(), "-c", connections.ToString(), "-d", $"{seconds}s", "--timeout", "30s", "-s", luaScript, url, "--", method })
        {
            info.ArgumentList.Add(arg);
        }

        if (body is not null)
        {
            var bodyFile = Path.Combine(workFolder, $"body-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))[..16]}.json");
            if (!File.Exists(bodyFile))
            {
                await File.WriteAllBytesAsync(bodyFile, body);
            }

            info.ArgumentList.Add(bodyFile);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start wrk.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("WRK_RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk gave no result (exit {process.ExitCode}): {output}{errors}");
        return JsonSerializer.Deserialize<WrkResult>(line["WRK_RESULT ".Length..], Json)!;
    }
}
