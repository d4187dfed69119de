namespace TestSupport;

/// <summary>A test that starts a private Redis: skipped when <c>redis-server</c> is missing, except in CI where it fails.</summary>
public sealed class RedisFactAttribute : Xunit.FactAttribute
{
    public RedisFactAttribute() => Skip = InstalledServer.SkipReason("redis-server", "redis-server");
}
