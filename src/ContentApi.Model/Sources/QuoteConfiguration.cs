using ContentApi.Articles;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Sources;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.Property(q => q.Text).IsRequired();
        // A quote is only public while its article is.
        builder.HasQueryFilter(VisibilityFilters.QuoteInPublishedArticle, q => q.Article.Status == ArticleStatus.Published);
        builder.HasOne(q => q.Article).WithMany(a => a.Quotes).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(q => q.Source).WithMany(s => s.Quotes).HasForeignKey(q => q.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.ArticleId, q.Position });
        builder.HasIndex(q => new { q.SourceId, q.ArticleId });
        // The related index reads every (article, source) pair from this index alone; Quotes rows carry the text.
        builder.HasIndex(q => new { q.ArticleId, q.SourceId });
    }
}
