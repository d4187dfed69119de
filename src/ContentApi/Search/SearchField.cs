namespace ContentApi.Search;

/// <summary>The parts of an article that search reads.</summary>
public enum SearchField
{
    Title,
    Summary,
    Body,
    Quote,
    Source,
}
