namespace ContentApi.Seeding;

public sealed record SeedTopic(string Slug, string Name);
