namespace TestSupport;

/// <summary>
/// A database that several API instances share: the settings each host gets (<c>Database:Provider</c> and
/// <c>ConnectionStrings:Content</c>). Disposing removes it.
/// </summary>
public interface ISharedDatabase : IAsyncDisposable
{
    IReadOnlyDictionary<string, string?> Settings { get; }
}
