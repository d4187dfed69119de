namespace TestSupport;

/// <summary>
/// Finds the Debian-packaged server binaries that tests start privately. In CI (<c>CI=true</c>) a missing server
/// fails the tests that need it; on a developer machine they are skipped with the command that installs it.
/// </summary>
public static class InstalledServer
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="binary"/> on PATH or in /usr/bin and /usr/sbin, or null.</summary>
    public static string? Find(string binary) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, binary))
            .FirstOrDefault(File.Exists);

    /// <summary>The skip reason for a test that needs <paramref name="binary"/>, or null when it can run (or must, in CI).</summary>
    public static string? SkipReason(string binary, string debianPackage) =>
        IsCi || Find(binary) is not null
            ? null
            : $"{binary} is not installed; install it with 'sudo apt-get install {debianPackage}' to run this test (CI=true makes it fail instead).";
}
