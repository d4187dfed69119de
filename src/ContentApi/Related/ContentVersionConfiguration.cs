using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Related;

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable("ContentVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new ContentVersion { Id = ContentVersion.SingletonId, Version = 0 });
    }
}
