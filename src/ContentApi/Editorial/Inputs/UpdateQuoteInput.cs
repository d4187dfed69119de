namespace ContentApi.Editorial;

/// <summary>The quote at <see cref="Position"/>; <see cref="MoveTo"/> moves it, shifting the quotes in between.</summary>
public sealed record UpdateQuoteInput(string ArticleId, int Version, int Position, string? Text, SourceReferenceInput? Source, int? MoveTo);
