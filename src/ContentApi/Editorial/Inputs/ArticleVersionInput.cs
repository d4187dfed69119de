namespace ContentApi.Editorial;

/// <summary>An article and the version the editor last read: publish, unpublish and delete act only on that version.</summary>
public sealed record ArticleVersionInput(string Id, int Version, DateTime? PublishedAt = null);
