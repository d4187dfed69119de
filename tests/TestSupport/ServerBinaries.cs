using Xunit;

namespace TestSupport;

/// <summary>
/// Whether a server the tests need is installed. On a developer machine a missing server skips its tests with a
/// line saying how to install it; in CI (<c>CI=true</c>) it fails them, so a broken CI image cannot go green.
/// </summary>
public static class ServerBinaries
{
    /// <summary>Skips (or, in CI, fails) the calling test when <paramref name="folder"/> is null.</summary>
    public static string Require(string? folder, string server, string package)
    {
        if (folder is not null)
        {
            return folder;
        }

        var message = $"{server} is not installed, so its tests cannot run: install it with 'sudo apt-get install {package}'.";
        if (InstalledServer.IsCi)
        {
            throw new InvalidOperationException(message + " CI=true: a missing server fails the run.");
        }

        Console.WriteLine("Skipped: " + message);
        throw new SkipException(message);
    }
}
