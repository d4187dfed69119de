namespace ContentApi.Related;

/// <summary>
/// The one-row version stamp of the content: every write path advances it in the write's own transaction, so an
/// instance whose <see cref="RelatedIndex"/> was built at an older version knows to rebuild it.
/// </summary>
public sealed class ContentVersion
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Version { get; set; }
}
