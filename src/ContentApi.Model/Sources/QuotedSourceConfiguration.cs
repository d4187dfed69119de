using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Sources;

internal sealed class QuotedSourceConfiguration : IEntityTypeConfiguration<QuotedSource>
{
    public void Configure(EntityTypeBuilder<QuotedSource> builder)
    {
        builder.ToTable("QuotedSources");
        builder.Property(s => s.Slug).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Role).HasMaxLength(300);
        builder.Property(s => s.Organization).HasMaxLength(300);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.Name);
    }
}
