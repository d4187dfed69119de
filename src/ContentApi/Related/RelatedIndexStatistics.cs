namespace ContentApi.Related;

/// <summary>What one rebuild of the related index read, held and took.</summary>
public sealed record RelatedIndexStatistics(long Version, int Articles, int Postings, long Bytes, TimeSpan Elapsed);
