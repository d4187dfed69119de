using ContentApi.Articles;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Topics;

internal sealed class ArticleTopicConfiguration : IEntityTypeConfiguration<ArticleTopic>
{
    public void Configure(EntityTypeBuilder<ArticleTopic> builder)
    {
        builder.ToTable("ArticleTopics");
        builder.HasKey(at => new { at.ArticleId, at.TopicId });
        // Draft articles must not leak through their topics either.
        builder.HasQueryFilter(VisibilityFilters.TopicLinkOfPublishedArticle, at => at.Article.Status == ArticleStatus.Published);
        builder.HasIndex(at => new { at.TopicId, at.ArticleId });
    }
}
