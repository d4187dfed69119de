using ContentApi.Api;

namespace ContentApi.Tests.Support;

/// <summary>The repository's seeds/ folder, or a disposable copy of it that a test may break.</summary>
internal sealed class SeedFolder : IDisposable
{
    private SeedFolder(string path) => Path = path;

    public static string RepositoryPath => System.IO.Path.Combine(SchemaSdl.RepositoryRoot(AppContext.BaseDirectory), "seeds");

    public string Path { get; }

    public static SeedFolder CopyOfRepository()
    {
        var copy = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"contentapi-seeds-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(RepositoryPath, "*.json"))
        {
            File.Copy(file, System.IO.Path.Combine(copy, System.IO.Path.GetFileName(file)));
        }

        return new SeedFolder(copy);
    }

    public string FilePath(string fileName) => System.IO.Path.Combine(Path, fileName);

    public void Edit(string fileName, Func<string, string> change)
    {
        var before = File.ReadAllText(FilePath(fileName));
        var after = change(before);
        // An edit that no longer matches the seed text would turn a negative test into one that cannot fail.
        Assert.NotEqual(before, after);
        File.WriteAllText(FilePath(fileName), after);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
