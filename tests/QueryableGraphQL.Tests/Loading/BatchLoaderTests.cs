using QueryableGraphQL.Loading;

namespace QueryableGraphQL.Tests.Loading;

public sealed class BatchLoaderTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_key_asked_for_while_a_batch_is_starting_does_not_wait_for_that_start()
    {
        using var loader = new BlockingLoader();
        var first = loader.Load(1);
        var running = Task.Run(() => first.GetResultAsync());
        Assert.True(loader.Starting.Wait(Patience), "the first batch never started");

        try
        {
            // The batch's start has not returned yet (it blocks until Release): a second parent must still get in.
            var second = await Task.Run(() => loader.Load(2)).WaitAsync(Patience);
            loader.Release.Set();

            Assert.Equal("value 1", await running.WaitAsync(Patience));
            Assert.Equal("value 2", await second.GetResultAsync().WaitAsync(Patience));
            Assert.Equal([[1], [2]], loader.Batches);
        }
        finally
        {
            loader.Release.Set();
        }
    }

    [Fact]
    public async Task Every_parent_of_a_failed_batch_sees_the_failure()
    {
        using var loader = new BlockingLoader { Fail = true };
        loader.Release.Set();
        var pending = new[] { 1, 2, 3 }.Select(loader.Load).ToList();

        foreach (var result in pending)
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => result.GetResultAsync());
            Assert.Equal("batch failed", failure.Message);
        }

        Assert.Equal([[1, 2, 3]], loader.Batches);
    }

    private sealed class BlockingLoader : BatchLoader<int, string>, IDisposable
    {
        public ManualResetEventSlim Starting { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public bool Fail { get; init; }

        public List<int[]> Batches { get; } = [];

        protected override string Missing => "missing";

        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (Batches)
            {
                Batches.Add([.. keys.Order()]);
            }

            Starting.Set();
            Release.Wait(Patience, cancellationToken);
            return Fail
                ? throw new InvalidOperationException("batch failed")
                : Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"value {key}"));
        }

        public void Dispose()
        {
            Starting.Dispose();
            Release.Dispose();
        }
    }
}
