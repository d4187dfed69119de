using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContentApi.Data;

/// <summary>
/// Timestamps are stored as UTC <see cref="DateTime"/>: SQLite keeps them as ISO text that orders and compares
/// correctly in SQL, which <see cref="DateTimeOffset"/> does not. Reading back marks them as UTC again.
/// </summary>
internal static class UtcDateTimeConverter
{
    public static readonly ValueConverter<DateTime?, DateTime?> Nullable = new(
        value => value.HasValue ? ToUtc(value.Value) : value,
        value => value.HasValue ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc) : value);

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
