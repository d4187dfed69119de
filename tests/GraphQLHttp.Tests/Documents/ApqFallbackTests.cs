using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TestSupport;

namespace GraphQLHttp.Tests;

/// <summary>APQ over a shared cache that fails: requests still succeed from memory, with one warning per outage.</summary>
public sealed class ApqFallbackTests
{
    private const string Category = "GraphQLHttp.ApqCache";

    [Fact]
    public async Task A_failing_shared_cache_falls_back_to_memory_warns_once_and_is_used_again_after_the_retry_interval()
    {
        var shared = new SwitchableCache();
        var clock = new ManualClock();
        var logs = new LogCapture();
        await using var host = await TestGraphQLHost.StartAsync(configure: builder =>
        {
            builder.Services.AddSingleton<IDistributedCache>(shared);
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Logging.AddProvider(logs);
        });

        shared.Failing = true;
        for (var i = 0; i < 5; i++)
        {
            var query = $"# outage {i}\n{{ hello }}";
            Assert.Equal("world", await RunAsync(host, query, includeQuery: true));
            Assert.Equal("world", await RunAsync(host, query, includeQuery: false));
        }

        Assert.Single(logs.Entries, e => e.Category == Category && e.Level == LogLevel.Warning);
        Assert.Equal(1, shared.Calls);

        shared.Failing = false;
        clock.Advance(TimeSpan.FromSeconds(6));
        const string Shared = "# after\n{ hello }";
        Assert.Equal("world", await RunAsync(host, Shared, includeQuery: true));
        Assert.Equal("world", await RunAsync(host, "# outage 0\n{ hello }", includeQuery: false));

        Assert.NotNull(shared.Inner.GetString("graphql:apq:" + Hash(Shared)));
        Assert.Single(logs.Entries, e => e.Category == Category && e.Level == LogLevel.Information);
    }

    private static async Task<string?> RunAsync(TestGraphQLHost host, string query, bool includeQuery)
    {
        var response = await GraphQLResponse.ReadAsync(host.PostJsonAsync(PersistedQueryTests.ApqBody(Hash(query), includeQuery ? query : null)));
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Body.GetProperty("data").GetProperty("hello").GetString();
    }

    private static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>An in-memory cache that can be switched to throw, as a distributed cache does when its server is gone.</summary>
    private sealed class SwitchableCache : IDistributedCache
    {
        public MemoryDistributedCache Inner { get; } = new(Options.Create(new MemoryDistributedCacheOptions()));

        public bool Failing { get; set; }

        public int Calls { get; private set; }

        public byte[]? Get(string key) => Use().Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Use().GetAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Use().Set(key, value, options);

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
            => Use().SetAsync(key, value, options, token);

        public void Refresh(string key) => Use().Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => Use().RefreshAsync(key, token);

        public void Remove(string key) => Use().Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => Use().RemoveAsync(key, token);

        private MemoryDistributedCache Use()
        {
            if (Failing)
            {
                Calls++;
                throw new InvalidOperationException("No connection is available to the cache server.");
            }

            return Inner;
        }
    }
}
