using ContentApi.Articles;

namespace ContentApi.Search;

/// <summary>A matched article (projected to the selection) with its score: the row that search pages through.</summary>
internal sealed class ArticleSearchMatch
{
    public Article Article { get; set; } = null!;

    public double Score { get; set; }
}
