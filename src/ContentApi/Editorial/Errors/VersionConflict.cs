namespace ContentApi.Editorial;

public sealed record VersionConflict(int CurrentVersion)
    : EditorialError($"Someone changed this article since you read it; it is now at version {CurrentVersion}. Reload it and apply your change again.");
