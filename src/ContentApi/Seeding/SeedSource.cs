namespace ContentApi.Seeding;

public sealed record SeedSource(string Slug, string Name, string? Role, string? Organization);
