using System.Diagnostics;

namespace TestSupport;

/// <summary>Runs server tools, as an unprivileged account when the tests run as root (PostgreSQL refuses root).</summary>
internal static class ServerProcess
{
    public static bool IsRoot => Environment.UserName == "root";

    public static string Run(string executable, string account, params string[] arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (IsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in new[] { "-u", account, "--", executable }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = executable;
            arguments.ToList().ForEach(start.ArgumentList.Add);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(executable)} exited with {process.ExitCode}: {error}{output.Result}");
        }

        return output.Result;
    }

    /// <summary>Gives the folder to the server's account, so a root test run can hand it over.</summary>
    public static void HandOver(string folder, string account)
    {
        if (IsRoot)
        {
            Run("chown", "root", "-R", $"{account}:", folder);
        }
    }
}
