using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>An in-memory SQLite database seeded with <see cref="BookstoreData"/>, shared by a test class.</summary>
public sealed class SqliteBookstore : IBookstore, IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public SqliteBookstore()
    {
        connection.Open();
        Books = BookstoreData.Create();
        using var context = CreateContext();
        context.Database.EnsureCreated();
        context.Books.AddRange(Books);
        context.SaveChanges();
    }

    /// <summary>The seeded object graph, for evaluating expectations in memory.</summary>
    public IReadOnlyList<Book> Books { get; }

    public BookstoreContext CreateContext() => new(
        new DbContextOptionsBuilder<BookstoreContext>()
            .UseSqlite(connection)
            .Options);

    public void Dispose() => connection.Dispose();
}
