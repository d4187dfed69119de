namespace ContentApi.Editorial;

public sealed record RemoveQuoteInput(string ArticleId, int Version, int Position);
