using System.Diagnostics;

namespace ContentApi.Benchmarks.Load;

/// <summary>What the report says about the run's conditions: commit, CPU, memory, load average.</summary>
internal static class RunEnvironment
{
    public static string Commit(string root) => Run("git", root, "rev-parse", "--short", "HEAD")
        + (Run("git", root, "status", "--porcelain", "--untracked-files=no").Length > 0 ? " (with uncommitted changes)" : "");

    public static string Machine()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return $"{cpu}, {Environment.ProcessorCount} logical cores, {long.Parse(memory) / 1024 / 1024.0:0.0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();

    private static string Run(string file, string folder, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}
