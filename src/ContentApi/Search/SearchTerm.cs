namespace ContentApi.Search;

/// <summary>A word, or a quoted phrase of several words that must stand next to each other.</summary>
internal sealed record SearchTerm(IReadOnlyList<string> Words)
{
    public bool IsPhrase => Words.Count > 1;
}
