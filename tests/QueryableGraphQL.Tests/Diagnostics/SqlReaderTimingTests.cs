using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Diagnostics;

namespace QueryableGraphQL.Tests.Diagnostics;

/// <summary>A statement's time runs until its reader closes, not only until the reader is returned.</summary>
public sealed class SqlReaderTimingTests
{
    private const string ThreeRows = "SELECT 1 AS Value UNION ALL SELECT 2 UNION ALL SELECT 3";

    [Fact]
    public async Task Time_spent_reading_rows_counts_towards_the_statement()
    {
        var recorder = new SqlCommandRecorder();
        await using var db = Open(recorder);
        using var log = recorder.BeginScope();

        var reading = Stopwatch.StartNew();
        var values = new List<int>();
        await foreach (var value in db.Database.SqlQueryRaw<int>(ThreeRows).AsAsyncEnumerable())
        {
            // Stands in for SQLite producing the next row: the time between rows belongs to the statement.
            await Task.Delay(100);
            values.Add(value);
        }

        reading.Stop();
        Assert.Equal([1, 2, 3], values);
        Assert.Equal(1, log.Count);
        // Three 100 ms waits, less a little: a timer may fire up to a clock tick early (this failed once in several runs
        // at exactly 300); without the reading time the statement would record well under a millisecond.
        Assert.True(log.Duration >= TimeSpan.FromMilliseconds(280), $"Recorded {log.Duration.TotalMilliseconds} ms.");
        Assert.True(log.Duration <= reading.Elapsed, $"Recorded {log.Duration.TotalMilliseconds} ms of {reading.Elapsed.TotalMilliseconds}.");
    }

    [Fact]
    public async Task Rows_read_through_the_timed_reader_keep_their_provider_types()
    {
        var recorder = new SqlCommandRecorder();
        await using var db = Open(recorder);
        using var log = recorder.BeginScope();

        var stamps = await db.Database.SqlQueryRaw<DateTime>("SELECT '2024-06-01 12:00:00' AS Value").ToListAsync();

        Assert.Equal(new DateTime(2024, 6, 1, 12, 0, 0), Assert.Single(stamps));
        Assert.Equal(1, log.Count);
    }

    private static DbContext Open(SqlCommandRecorder recorder) =>
        new(new DbContextOptionsBuilder<DbContext>().UseSqlite("Data Source=:memory:").AddInterceptors(recorder).Options);
}
