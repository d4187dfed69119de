using GraphQL.DataLoader;

namespace QueryableGraphQL.Loading;

/// <summary>
/// Collects the keys that sibling resolvers ask for and loads them with one call once the executor starts
/// awaiting results, which GraphQL.NET does only after every field of the current level has been resolved.
/// One instance lives for one request (see <see cref="BatchLoaderContextExtensions"/>).
/// </summary>
public abstract class BatchLoader<TKey, TValue> where TKey : notnull
{
    private readonly object _gate = new();
    private Batch? _pending;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (_pending is null || _pending.Started)
            {
                _pending = new Batch(this);
            }

            _pending.Keys.Add(key);
            return new PendingResult(_pending, key, this);
        }
    }

    /// <summary>Loads every key of one batch. Keys with no entry in the result get <see cref="Missing"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected abstract TValue Missing { get; }

    private sealed class Batch(BatchLoader<TKey, TValue> loader)
    {
        private TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>>? _load;

        public HashSet<TKey> Keys { get; } = [];

        public bool Started => _load is not null;

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            TKey[] keys;
            TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> load;
            lock (loader._gate)
            {
                if (_load is not null)
                {
                    return _load.Task;
                }

                load = _load = new TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>>();
                keys = [.. Keys];
            }

            // Started outside the lock: the load's synchronous start (building the query, renting a context, opening
            // the connection) held every other parent of the batch spinning on it under load.
            return LoadAsync(keys, load, cancellationToken);
        }

        private async Task<IReadOnlyDictionary<TKey, TValue>> LoadAsync(
            TKey[] keys, TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> load, CancellationToken cancellationToken)
        {
            try
            {
                var values = await loader.LoadBatchAsync(keys, cancellationToken);
                load.SetResult(values);
                return values;
            }
            catch (OperationCanceledException canceled)
            {
                load.SetCanceled(canceled.CancellationToken);
                throw;
            }
            catch (Exception failure)
            {
                load.SetException(failure);
                throw;
            }
        }
    }

    private sealed class PendingResult(Batch batch, TKey key, BatchLoader<TKey, TValue> loader) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            ValueIn(await batch.RunAsync(cancellationToken));

        // The engine awaits this one; awaiting the typed method from it would allocate a second task per parent.
        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            ValueIn(await batch.RunAsync(cancellationToken));

        private TValue ValueIn(IReadOnlyDictionary<TKey, TValue> values) => values.TryGetValue(key, out var value) ? value : loader.Missing;
    }
}
