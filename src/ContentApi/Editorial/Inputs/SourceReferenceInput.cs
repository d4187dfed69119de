namespace ContentApi.Editorial;

/// <summary>An existing source, by global id, or by name and organization (an absent organization matches none).</summary>
public sealed record SourceReferenceInput(string? Id, string? Name, string? Organization);
