using ContentApi.Data;
using ContentApi.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Sources;

internal sealed class QuotedSourceConfiguration : IEntityTypeConfiguration<QuotedSource>
{
    public void Configure(EntityTypeBuilder<QuotedSource> builder)
    {
        builder.ToTable("QuotedSources");
        // Like topics, a source quoted only in drafts stays private; the quotes' own filter keeps it to published
        // articles, read as EXISTS over Quotes(SourceId, ArticleId).
        builder.HasQueryFilter(VisibilityFilters.SourceInPublishedArticle, s => s.Quotes.Any());
        AuditConfiguration.Configure(builder);
        builder.Property(s => s.Slug).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Role).HasMaxLength(300);
        builder.Property(s => s.Organization).HasMaxLength(300);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.Name);
    }
}
