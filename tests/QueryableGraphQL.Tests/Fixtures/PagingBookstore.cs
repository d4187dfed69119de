using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Diagnostics;

namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>
/// An in-memory SQLite catalogue of 1,000 books (by default) for paging walks, with an in-memory mirror of
/// its rows for the reference sort, a context factory for loaders, and a recorder that counts statements.
/// </summary>
public sealed class PagingBookstore : IDbContextFactory<BookstoreContext>, IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly List<Book> books;

    public PagingBookstore()
        : this(count: 1000, seed: 20261126)
    {
    }

    internal PagingBookstore(int count, int seed)
    {
        connection.Open();
        Data = new LargeBookstoreData(seed);
        books = Data.Books(count);
        using var context = CreateDbContext();
        context.Database.EnsureCreated();
        context.Authors.AddRange(Data.Authors);
        context.Tags.AddRange(Data.Tags);
        context.Books.AddRange(books);
        context.SaveChanges();
    }

    public LargeBookstoreData Data { get; }

    public SqlCommandRecorder Recorder { get; } = new();

    /// <summary>Every book in the database, for evaluating expectations in memory.</summary>
    public IReadOnlyList<Book> Books => books;

    public BookstoreContext CreateDbContext() => new(
        new DbContextOptionsBuilder<BookstoreContext>()
            .UseSqlite(connection)
            .AddInterceptors(Recorder)
            .Options);

    /// <summary>Adds books to the database and to the mirror, as another client would while someone pages.</summary>
    public void Insert(params Book[] added)
    {
        using var context = CreateDbContext();
        foreach (var book in added)
        {
            // Relationship fixup must not drag the already-saved authors and tags in as new rows.
            book.Author = null;
            book.Tags = [];
        }

        context.Books.AddRange(added);
        context.SaveChanges();
        books.AddRange(added);
    }

    /// <summary>Deletes books from the database and from the mirror.</summary>
    public void Delete(params int[] ids)
    {
        using var context = CreateDbContext();
        context.Books.Where(b => ids.Contains(b.Id)).ExecuteDelete();
        books.RemoveAll(b => ids.Contains(b.Id));
    }

    public int NextId() => books.Max(b => b.Id) + 1;

    public void Dispose() => connection.Dispose();
}
