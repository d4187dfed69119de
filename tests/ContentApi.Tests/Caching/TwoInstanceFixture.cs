using TestSupport;

namespace ContentApi.Tests.Caching;

/// <summary>
/// Two API instances on one shared database (<typeparamref name="TDatabase"/>) and one private Redis. The first
/// instance migrates and seeds; the second starts on what it left, as a scaled-out deployment does.
/// </summary>
public sealed class TwoInstanceFixture<TDatabase> : IAsyncLifetime where TDatabase : ISharedDatabase, new()
{
    private readonly TDatabase _database = new();

    public RedisServer Redis { get; private set; } = null!;

    internal ApiInstance First { get; private set; } = null!;

    internal ApiInstance Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (RedisAndPostgreSqlFactAttribute.SkipReason is not null)
        {
            // xunit builds class fixtures even when every test is skipped.
            return;
        }

        Redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string?>(_database.Settings) { ["ConnectionStrings:Redis"] = Redis.ConnectionString };
        First = new ApiInstance(settings);
        _ = First.Services;
        Second = new ApiInstance(settings);
        _ = Second.Services;
    }

    public async Task DisposeAsync()
    {
        if (Second is not null)
        {
            await Second.DisposeAsync();
        }

        if (First is not null)
        {
            await First.DisposeAsync();
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
