namespace ContentApi.Editorial;

public sealed record UpdateSourceInput(string Id, string? Name, string? Role, string? Organization, string? Slug);
