namespace ContentApi.Search;

/// <summary>
/// A reader's query after parsing: every group must match (AND), a group matches when any of its terms does (OR),
/// and no excluded term may match. Stop words are already gone, so an empty query matches nothing.
/// </summary>
internal sealed record SearchQuery(IReadOnlyList<IReadOnlyList<SearchTerm>> Groups, IReadOnlyList<SearchTerm> Excluded)
{
    public static SearchQuery Empty { get; } = new([], []);

    /// <summary>Nothing to look for: only stop words, only operators, only exclusions, or no words at all.</summary>
    public bool IsEmpty => Groups.Count == 0;

    /// <summary>Every word the reader looks for, to mark in the highlights.</summary>
    public IEnumerable<string> WantedWords => Groups.SelectMany(g => g).SelectMany(t => t.Words);
}
