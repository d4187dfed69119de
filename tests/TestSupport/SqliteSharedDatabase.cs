namespace TestSupport;

/// <summary>A SQLite file in the temporary folder that several in-process hosts open at once.</summary>
public sealed class SqliteSharedDatabase : ISharedDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"contentapi-shared-{Guid.NewGuid():N}.db");

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Content"] = $"Data Source={_path}",
    };

    public ValueTask DisposeAsync()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
