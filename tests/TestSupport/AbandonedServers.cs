using System.Diagnostics;

namespace TestSupport;

/// <summary>
/// Servers left behind by a test run that was killed before it could stop them. Each server folder names the test
/// process that owns it; a later run stops the servers of owners that are gone and removes their folders.
/// </summary>
internal static class AbandonedServers
{
    private const string OwnerFile = "owner.pid";

    public static void Claim(string folder)
        => File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString());

    /// <summary>Stops (best effort) and removes every abandoned folder matching <paramref name="pattern"/> in the temp folder.</summary>
    public static void Reap(string pattern, Action<string> stop)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), pattern))
        {
            var ownerFile = Path.Combine(folder, OwnerFile);
            if (!File.Exists(ownerFile) || !int.TryParse(File.ReadAllText(ownerFile), out var owner) || IsRunning(owner, name: null))
            {
                continue;
            }

            try
            {
                stop(folder);
            }
            catch (InvalidOperationException)
            {
                // The server died with its owner. A PostgreSQL server that did not also stops once its folder is gone.
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Another run is reaping it at the same time.
            }
        }
    }

    /// <summary>Whether a process with this id runs, and (when given) has this name, so a recycled id is not mistaken.</summary>
    public static bool IsRunning(int processId, string? name)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited && (name is null || process.ProcessName == name);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
