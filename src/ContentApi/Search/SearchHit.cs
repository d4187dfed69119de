namespace ContentApi.Search;

/// <summary>One article the full-text index matched, with its relevance: what each provider's search SQL returns.</summary>
internal sealed class SearchHit
{
    public int ArticleId { get; set; }

    public double Score { get; set; }
}
