namespace ContentApi.Benchmarks.Load;

/// <summary>Where the harness finds the repository, the two Release builds and its own scripts and outputs.</summary>
internal sealed record RepositoryLayout(string Root)
{
    public string ApiDll => Path.Combine(Root, "src", "ContentApi", "bin", "Release", "net10.0", "ContentApi.dll");
    public string BenchmarksDll => Path.Combine(AppContext.BaseDirectory, "ContentApi.Benchmarks.dll");
    public string LuaScript => Path.Combine(Root, "tests", "ContentApi.Benchmarks", "load", "request.lua");
    public string BenchmarksMarkdown => Path.Combine(Root, "BENCHMARKS.md");
    public string ChartPng => Path.Combine(Root, "benchmarks-scaling.png");
    public string Artifacts => Path.Combine(Root, "artifacts");

    public static RepositoryLayout Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContentApi.sln")))
            {
                return new RepositoryLayout(folder.FullName);
            }
        }

        throw new InvalidOperationException($"No ContentApi.sln above {AppContext.BaseDirectory}.");
    }
}
