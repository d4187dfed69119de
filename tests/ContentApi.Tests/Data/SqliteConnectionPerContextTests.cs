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
/// On SQLite a pooled context keeps its connection open: once the pool is warm, a front page's four statements
/// open no connection, and a transaction one renter left open does not reach the next.
/// </summary>
public sealed class SqliteConnectionPerContextTests : IDisposable
{
    private const string FrontPage = "{ articles(first: 20) { nodes { title topics { name } quotes { text source { name } } } pageInfo { endCursor } } }";

    private readonly OpenCounter _opens = new();
    private readonly CountingFactory _factory;

    public SqliteConnectionPerContextTests() => _factory = new CountingFactory(_opens);

    [Fact]
    public async Task A_warm_pool_serves_a_page_of_child_lists_without_opening_a_connection()
    {
        var client = _factory.CreateClient();
        var first = await client.DataAsync(FrontPage);
        for (var warm = 0; warm < 3; warm++)
        {
            await client.DataAsync(FrontPage);
        }

        var before = _opens.Count;
        var (again, statements) = await SqlCapture.SendAsync(_factory, FrontPage);

        Assert.Equal(first.ToString(), again.Json["data"]!.ToString());
        Assert.Equal(4, statements.Count);
        Assert.Equal(before, _opens.Count);
    }

    [Fact]
    public async Task A_transaction_left_open_by_one_renter_is_rolled_back_before_the_next_renter()
    {
        string title;
        await using (var db = ContentDatabase.Open(_factory.Services))
        {
            var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
            title = article.Title;
            await db.Database.BeginTransactionAsync();
            await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.Title, "never committed"));
        }

        await using (var next = ContentDatabase.Open(_factory.Services))
        {
            Assert.Null(next.Database.CurrentTransaction);
            Assert.Equal(title, (await next.Articles.OrderBy(a => a.Id).FirstAsync()).Title);
        }

        // Nothing holds SQLite's write lock: another connection writes at once.
        await using var other = new SqliteConnection(_factory.ConnectionString + ";Default Timeout=1");
        await other.OpenAsync();
        await using var write = other.CreateCommand();
        write.CommandText = "UPDATE Articles SET Title = Title WHERE Id = (SELECT min(Id) FROM Articles)";
        Assert.Equal(1, await write.ExecuteNonQueryAsync());
    }

    public void Dispose() => _factory.Dispose();

    private sealed class OpenCounter : DbConnectionInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _count);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }

    private sealed class CountingFactory(OpenCounter opens) : ContentApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(opens));
        }
    }
}
