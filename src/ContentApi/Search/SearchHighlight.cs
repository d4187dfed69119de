namespace ContentApi.Search;

/// <summary>A short passage of one field of an article with the words that matched the query marked.</summary>
public sealed record SearchHighlight(SearchField Field, IReadOnlyList<HighlightSegment> Segments);
