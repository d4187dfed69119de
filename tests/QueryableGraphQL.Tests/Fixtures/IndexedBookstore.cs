using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>
/// 100,000 books in in-memory SQLite, a tenth of them undated, with the index a host adds for the default
/// order: (PublishedAt, Id). Rows are generated in SQL because tracking that many entities would take minutes.
/// </summary>
public sealed class IndexedBookstore : IDisposable
{
    public const int Count = 100_000;

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public IndexedBookstore()
    {
        connection.Open();
        // Lets the cost test find the page's statement and read SQLite's step counters for it.
        connection.Handle!.enable_sqlite3_next_stmt(true);
        using var context = CreateContext();
        context.Database.EnsureCreated();
        context.Database.ExecuteSqlRaw(
            $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Count})
            INSERT INTO Books (Id, Title, Subtitle, Pages, Rating, InPrint, PublishedAt, Status)
            SELECT i, 'Book ' || i, NULL, (i % 6) * 100, NULL, i % 2,
                   CASE WHEN i % 10 = 0 THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%S', '2015-01-01', '+' || ((i * 7919) % 60000) || ' minutes') END,
                   'Published'
            FROM n
            """);
        context.Database.ExecuteSqlRaw("CREATE INDEX IX_Books_PublishedAt_Id ON Books (PublishedAt, Id)");
    }

    public BookstoreContext CreateContext() => new(new DbContextOptionsBuilder<BookstoreContext>().UseSqlite(connection).Options);

    public void Dispose() => connection.Dispose();
}
