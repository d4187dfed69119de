namespace GraphQLHttp.Tests;

public sealed class PooledResponseBufferTests
{
    [Fact]
    public async Task Keeps_every_byte_in_order_across_growth_through_each_write_method()
    {
        var expected = new List<byte>();
        using var buffer = new PooledResponseBuffer();
        var random = new Random(14);
        for (var i = 0; i < 400; i++)
        {
            // Chunks from empty to larger than the buffer's first array, so some writes grow it more than twofold.
            var chunk = new byte[random.Next(0, i % 50 == 0 ? 20_000 : 700)];
            random.NextBytes(chunk);
            expected.AddRange(chunk);
            switch (i % 4)
            {
                case 0: buffer.Write(chunk); break;
                case 1: buffer.Write(chunk, 0, chunk.Length); break;
                case 2: await buffer.WriteAsync(chunk.AsMemory()); break;
                default: await buffer.WriteAsync(chunk, 0, chunk.Length, CancellationToken.None); break;
            }
        }

        Assert.Equal(expected.Count, buffer.Length);
        Assert.Equal(expected.ToArray(), buffer.Written.ToArray());
    }

    [Fact]
    public void Refuses_writes_once_disposed_and_can_be_disposed_twice()
    {
        var buffer = new PooledResponseBuffer();
        buffer.Write([1, 2, 3]);
        buffer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => buffer.Write([4]));
        Assert.Equal(0, buffer.Written.Length);
        buffer.Dispose();
    }

    [Fact]
    public async Task A_cancelled_write_adds_nothing()
    {
        using var buffer = new PooledResponseBuffer();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => buffer.WriteAsync(new byte[] { 1 }.AsMemory(), cancelled.Token).AsTask());
        Assert.Equal(0, buffer.Length);
    }
}
