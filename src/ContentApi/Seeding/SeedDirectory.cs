namespace ContentApi.Seeding;

internal static class SeedDirectory
{
    /// <summary>
    /// A relative seed path is looked for in the content root and its parents (so <c>dotnet run</c> from the
    /// repository or from the project folder both find <c>seeds/</c>), then beside the binaries, where the build
    /// copies it for the container image.
    /// </summary>
    public static string Resolve(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (File.Exists(Path.Combine(candidate, SeedFileReader.SchemaFileName)))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, path);
    }
}
