namespace ContentApi.Editorial;

/// <summary>Without a position the quote goes last; otherwise the quotes from that position on move down one.</summary>
public sealed record AddQuoteInput(string ArticleId, int Version, string Text, SourceReferenceInput Source, int? Position);
