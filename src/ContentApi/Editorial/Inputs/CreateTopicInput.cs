namespace ContentApi.Editorial;

public sealed record CreateTopicInput(string Slug, string Name);
