using System.Globalization;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>
/// CPU time of a process and all its descendants from /proc (utime + stime), so the pid of <c>dotnet run</c>
/// covers the server it started.
/// </summary>
internal static class CpuProbe
{
    private const double TicksPerSecond = 100;

    /// <summary>Waits up to <paramref name="wait"/> for a 2-second window in which the tree uses at most <paramref name="maxShare"/> of one core.</summary>
    public static async Task<(bool Idle, string Detail)> WaitForIdleAsync(int pid, TimeSpan wait, double maxShare)
    {
        var window = TimeSpan.FromSeconds(2);
        var windows = Math.Max(1, (int)(wait / window));
        var shares = new List<double>();
        for (var i = 0; i < windows; i++)
        {
            var before = CpuSeconds(pid);
            if (before is null)
            {
                return (false, $"no process {pid}");
            }

            await Task.Delay(window).ConfigureAwait(false);
            var share = ((CpuSeconds(pid) ?? before.Value) - before.Value) / window.TotalSeconds;
            shares.Add(share);
            if (share <= maxShare)
            {
                return (true, $"{share:P0} of a core over 2 s after {i * 2} s");
            }
        }

        return (false, $"still busy after {windows * 2} s: {string.Join(", ", shares.Select(s => s.ToString("P0", CultureInfo.InvariantCulture)))} of a core");
    }

    private static double? CpuSeconds(int root)
    {
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // Fields after the command name, which may itself hold spaces and parentheses: state ppid … utime stime.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while the directory was listed.
            }
        }

        if (!ticks.ContainsKey(root))
        {
            return null;
        }

        var tree = new HashSet<int> { root };
        bool grew;
        do
        {
            grew = false;
            foreach (var (pid, parent) in parents)
            {
                grew |= tree.Contains(parent) && tree.Add(pid);
            }
        }
        while (grew);

        return tree.Sum(pid => ticks.GetValueOrDefault(pid)) / TicksPerSecond;
    }
}
