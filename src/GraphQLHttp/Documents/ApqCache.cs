// Hand-written: GraphQL.NET 8.8.5 has no Apollo APQ, and so no store for its registrations.
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphQLHttp;

/// <summary>
/// The APQ registrations: the shared <see cref="IDistributedCache"/> (Redis when the host configures it), with this
/// process's memory behind it. A failing shared cache must not fail requests: while it is down registrations live in
/// memory, it is retried every <see cref="RetryInterval"/>, and the outage and the recovery are each logged once.
/// </summary>
internal sealed class ApqCache(IDistributedCache shared, TimeProvider time, ILogger<ApqCache> logger) : IDisposable
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    private readonly MemoryDistributedCache _local = new(Options.Create(new MemoryDistributedCacheOptions()));
    private readonly Lock _gate = new();
    private DateTimeOffset? _retryAfter;

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (UseShared())
        {
            try
            {
                var value = await shared.GetStringAsync(key, cancellationToken).ConfigureAwait(false);
                Recovered();
                // Registrations made here during an outage exist only in memory.
                return value ?? await _local.GetStringAsync(key, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Failed(exception);
            }
        }

        return await _local.GetStringAsync(key, cancellationToken).ConfigureAwait(false);
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        if (UseShared())
        {
            try
            {
                await shared.SetStringAsync(key, value, cancellationToken).ConfigureAwait(false);
                Recovered();
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Failed(exception);
            }
        }

        await _local.SetStringAsync(key, value, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => (_local as IDisposable)?.Dispose();

    private bool UseShared()
    {
        lock (_gate)
        {
            return _retryAfter is not { } retryAfter || time.GetUtcNow() >= retryAfter;
        }
    }

    private void Failed(Exception exception)
    {
        bool first;
        lock (_gate)
        {
            first = _retryAfter is null;
            _retryAfter = time.GetUtcNow() + RetryInterval;
        }

        if (first)
        {
            logger.LogWarning("The shared cache failed ({Error}); persisted queries fall back to this instance's memory until it answers again",
                exception.Message);
        }
    }

    private void Recovered()
    {
        bool wasDown;
        lock (_gate)
        {
            wasDown = _retryAfter is not null;
            _retryAfter = null;
        }

        if (wasDown)
        {
            logger.LogInformation("The shared cache answers again; persisted queries are shared again");
        }
    }
}
