using ContentApi.Data;
using ContentApi.Editorial;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasQueryFilter(VisibilityFilters.PublishedArticle, a => a.Status == ArticleStatus.Published);
        builder.Property(a => a.Slug).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(500).IsRequired();
        builder.Property(a => a.Summary).IsRequired();
        builder.Property(a => a.Section).HasMaxLength(100).IsRequired();
        builder.PrimitiveCollection(a => a.Paragraphs).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.PublishedAt).HasConversion(UtcDateTimeConverter.Nullable);
        builder.Property(a => a.UpdatedAt).HasConversion(UtcDateTimeConverter.Nullable);
        // Existing rows start at version 1, as new ones do.
        builder.Property(a => a.Version).IsConcurrencyToken().HasDefaultValue(1);
        AuditConfiguration.Configure(builder);
        builder.OwnsOne(a => a.FeatureImage, image =>
        {
            image.Property(i => i.Url).HasColumnName("FeatureImageUrl").HasMaxLength(2000);
            image.Property(i => i.Caption).HasColumnName("FeatureImageCaption");
            image.Property(i => i.Credit).HasColumnName("FeatureImageCredit").HasMaxLength(500);
        });
        builder.HasMany(a => a.Topics).WithMany(t => t.Articles).UsingEntity<ArticleTopic>(
            join => join.HasOne(at => at.Topic).WithMany().HasForeignKey(at => at.TopicId),
            join => join.HasOne(at => at.Article).WithMany().HasForeignKey(at => at.ArticleId));

        builder.HasIndex(a => a.Slug).IsUnique();
        // Keyset paging over the default order (publishedAt DESC, id) seeks on this index.
        builder.HasIndex(a => new { a.PublishedAt, a.Id });
        builder.HasIndex(a => new { a.Status, a.PublishedAt, a.Id });
        builder.HasIndex(a => new { a.Section, a.PublishedAt });
        // One per other sortable key, led by the visibility filter, so a sorted page is an index range, not a sort of
        // every published article.
        builder.HasIndex(a => new { a.Status, a.Title, a.Id });
        builder.HasIndex(a => new { a.Status, a.Slug, a.Id });
        builder.HasIndex(a => new { a.Status, a.Section, a.Id });
        builder.HasIndex(a => new { a.Status, a.UpdatedAt, a.Id });
        // The related index reads (id, date, section) of every published article from this index alone, never the wide rows.
        builder.HasIndex(a => new { a.Status, a.PublishedAt, a.Section });
    }
}
