namespace ContentApi.Seeding;

public sealed record SeedQuote(string Text, SeedSource Source);
