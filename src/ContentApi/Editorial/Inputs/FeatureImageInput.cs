namespace ContentApi.Editorial;

public sealed record FeatureImageInput(string Url, string? Caption, string? Credit);
