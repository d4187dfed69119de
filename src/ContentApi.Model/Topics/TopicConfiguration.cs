using ContentApi.Data;
using ContentApi.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Topics;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        // A topic only drafts carry is not public yet: it would announce unpublished work. Articles and the join rows
        // carry their own published-only filters, so this reads as EXISTS over ArticleTopics(TopicId, ArticleId).
        builder.HasQueryFilter(VisibilityFilters.TopicOfPublishedArticle, t => t.Articles.Any());
        AuditConfiguration.Configure(builder);
        builder.Property(t => t.Slug).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasIndex(t => t.Name);
    }
}
