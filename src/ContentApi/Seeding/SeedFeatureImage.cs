namespace ContentApi.Seeding;

public sealed record SeedFeatureImage(string Url, string? Caption, string? Credit);
