namespace ContentApi.Editorial;

public sealed record UpdateTopicInput(string Id, string? Slug, string? Name);
