namespace ContentApi.Editorial;

public sealed record SlugTaken(string Slug) : EditorialError($"The slug '{Slug}' is already used by another one.");
