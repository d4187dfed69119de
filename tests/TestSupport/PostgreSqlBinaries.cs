namespace TestSupport;

/// <summary>Debian's postgresql package installs its server binaries under /usr/lib/postgresql/&lt;major&gt;/bin.</summary>
public static class PostgreSqlBinaries
{
    public const string Root = "/usr/lib/postgresql";

    public static string? Folder { get; } = Find();

    public static bool IsInstalled => Folder is not null;

    private static string? Find() => Directory.Exists(Root)
        ? Directory.GetDirectories(Root)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault()
        : null;
}
