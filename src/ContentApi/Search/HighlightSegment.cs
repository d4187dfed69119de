namespace ContentApi.Search;

/// <summary>A piece of a snippet: plain text, or a word that matched the query (<paramref name="Match"/>).</summary>
public sealed record HighlightSegment(string Text, bool Match);
