using ContentApi.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Editorial;

internal static class AuditConfiguration
{
    public const int SubjectMaxLength = 200;

    public static void Configure<T>(EntityTypeBuilder<T> builder) where T : class, IAudited
    {
        builder.Property(a => a.CreatedAt).HasConversion(UtcDateTimeConverter.Nullable);
        builder.Property(a => a.ModifiedAt).HasConversion(UtcDateTimeConverter.Nullable);
        builder.Property(a => a.CreatedBy).HasMaxLength(SubjectMaxLength);
        builder.Property(a => a.ModifiedBy).HasMaxLength(SubjectMaxLength);
    }
}
