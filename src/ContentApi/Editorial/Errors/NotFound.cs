namespace ContentApi.Editorial;

public sealed record NotFound(string Id) : EditorialError($"Nothing with the id '{Id}' exists.");
