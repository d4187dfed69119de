namespace ContentApi.Tests.Related;

public sealed record ReferenceArticle(int Id, DateTime? PublishedAt, string Section, IReadOnlyList<int> Topics, IReadOnlyList<int> Sources);
