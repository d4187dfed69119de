namespace ContentApi.Tests.Related;

public sealed record ReferenceRelated(ReferenceArticle Article, double Score, IReadOnlySet<int> Topics, IReadOnlySet<int> Sources);
