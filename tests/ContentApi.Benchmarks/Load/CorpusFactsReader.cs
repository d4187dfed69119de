using System.Globalization;
using ContentApi.Benchmarks.Baseline;
using Microsoft.Data.Sqlite;

namespace ContentApi.Benchmarks.Load;

/// <summary>
/// Reads the 90% row of the default order straight from the file and signs its cursor with the benchmark key.
/// Walking the API there takes 18,000 requests on a million articles; arm A still has to accept the cursor,
/// which the equality check proves before any timing.
/// </summary>
internal static class CorpusFactsReader
{
    public const double Depth = 0.9;

    public static CorpusFacts Read(int articles, string databasePath, KeysetCursor cursors)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Articles WHERE Status = 'Published'";
        var published = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        var offset = (int)(published * Depth) / 20 * 20;

        using var row = connection.CreateCommand();
        row.CommandText = "SELECT Id, PublishedAt FROM Articles WHERE Status = 'Published' ORDER BY PublishedAt DESC, Id DESC LIMIT 1 OFFSET $offset";
        row.Parameters.AddWithValue("$offset", offset - 1);
        using var reader = row.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"{databasePath} has no row at offset {offset}.");
        }

        DateTime? publishedAt = reader.IsDBNull(1)
            ? null
            : DateTime.SpecifyKind(DateTime.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);
        return new CorpusFacts(articles, databasePath, cursors.Encode(publishedAt, reader.GetInt32(0)), offset, Scenarios.ArticleSlugFor(articles));
    }
}
