using ContentApi.Articles;

namespace ContentApi.Topics;

/// <summary>The join row of the Article–Topic many-to-many, mapped so loaders and related-article scoring can query it directly.</summary>
public sealed class ArticleTopic
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int TopicId { get; set; }
    public Topic Topic { get; set; } = null!;
}
