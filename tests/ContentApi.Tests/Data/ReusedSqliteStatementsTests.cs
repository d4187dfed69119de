using System.Collections.Concurrent;
using System.Data.Common;
using ContentApi.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Data;

/// <summary>
/// A query run again on a context's kept-open connection runs the statement compiled the first time, with the new
/// values, and reads what other connections committed in between.
/// </summary>
public sealed class ReusedSqliteStatementsTests(ReusedSqliteStatementsTests.WatchingFactory factory) : IClassFixture<ReusedSqliteStatementsTests.WatchingFactory>
{
    [Fact]
    public async Task A_query_run_again_reuses_its_compiled_statement_with_the_new_values()
    {
        await using var db = ContentDatabase.Open(factory.Services);
        var ids = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).Take(2).ToListAsync();
        var expected = await db.Articles.Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id).Select(a => a.Title).ToListAsync();

        var titles = new List<string>();
        foreach (var id in ids)
        {
            titles.Add(await db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync());
        }

        Assert.Equal(expected, titles);
        var statements = factory.Statements.Where(s => s.Sql.StartsWith("SELECT \"a\".\"Title\"", StringComparison.Ordinal) && s.Sql.Contains("\"a\".\"Id\" = @", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, statements.Count);
        Assert.NotEqual(IntPtr.Zero, statements[0].Handle);
        Assert.Equal(statements[0].Handle, statements[1].Handle);
    }

    [Fact]
    public async Task A_reused_statement_reads_what_another_connection_committed_since()
    {
        await using var db = ContentDatabase.Open(factory.Services);
        var id = await db.Articles.OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync();
        var before = await db.Articles.Where(a => a.Id == id).Select(a => a.Summary).SingleAsync();

        await using (var other = new SqliteConnection(factory.ConnectionString))
        {
            await other.OpenAsync();
            await using var write = other.CreateCommand();
            write.CommandText = "UPDATE Articles SET Summary = Summary || ' (corrected)' WHERE Id = $id";
            write.Parameters.AddWithValue("$id", id);
            Assert.Equal(1, await write.ExecuteNonQueryAsync());
        }

        var after = await db.Articles.Where(a => a.Id == id).Select(a => a.Summary).SingleAsync();
        Assert.Equal(before + " (corrected)", after);
    }

    [Fact]
    public async Task A_query_run_again_while_its_first_reader_is_open_runs_on_its_own_and_frees_nothing_it_does_not_hold()
    {
        await using var db = ContentDatabase.Open(factory.Services);
        var titles = db.Articles.OrderBy(a => a.Id).Select(a => a.Title);
        var all = await titles.ToListAsync();

        await using (var open = titles.AsAsyncEnumerable().GetAsyncEnumerator())
        {
            Assert.True(await open.MoveNextAsync());
            Assert.Equal(all, await titles.ToListAsync());
            Assert.Equal(all, await titles.ToListAsync());
            Assert.Equal(all[0], open.Current);
        }

        Assert.Equal(all, await titles.ToListAsync());
    }

    [Fact]
    public async Task A_statement_that_failed_while_running_is_reused_by_the_next_run()
    {
        await using var db = ContentDatabase.Open(factory.Services);
        const string sql = "SELECT abs({0}) AS \"Value\"";

        await Assert.ThrowsAsync<SqliteException>(() => db.Database.SqlQueryRaw<long>(sql, long.MinValue).ToListAsync());
        var values = await db.Database.SqlQueryRaw<long>(sql, -5L).ToListAsync();

        Assert.Equal([5L], values);
        // The failed run ended the interceptor chain before the watcher; the next one ran on the compiled statement.
        var run = Assert.Single(factory.Statements, s => s.Sql.Contains("abs(@", StringComparison.Ordinal));
        Assert.NotEqual(IntPtr.Zero, run.Handle);
    }

    /// <summary>Sees, for each query, the reader the reuse handed EF Core and the compiled statement behind it.</summary>
    public sealed class WatchingFactory : ContentApiFactory
    {
        public ConcurrentQueue<(string Sql, IntPtr Handle)> Statements { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(new Watcher(Statements)));
        }
    }

    private sealed class Watcher(ConcurrentQueue<(string Sql, IntPtr Handle)> statements) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            var handle = result.HasResult && result.Result is SqliteDataReader { Handle: { } statement } ? statement.DangerousGetHandle() : IntPtr.Zero;
            statements.Enqueue((command.CommandText, handle));
            return ValueTask.FromResult(result);
        }
    }
}
