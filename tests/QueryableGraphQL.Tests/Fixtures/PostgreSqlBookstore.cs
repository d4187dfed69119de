using Microsoft.EntityFrameworkCore;
using TestSupport;

namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>
/// <see cref="BookstoreData"/> in a fresh database of the test run's private PostgreSQL cluster, created on first
/// use (so a machine without PostgreSQL skips the tests that use it, and CI fails them).
/// </summary>
public sealed class PostgreSqlBookstore : IBookstore
{
    private readonly IReadOnlyList<Book> _books = BookstoreData.Create();
    private readonly Lazy<string> _connectionString;

    public PostgreSqlBookstore() => _connectionString = new(() =>
    {
        var connectionString = PostgreSqlCluster.Shared.CreateDatabase("bookstore");
        using var context = Create(connectionString);
        context.Database.EnsureCreated();
        context.Books.AddRange(_books);
        context.SaveChanges();
        return connectionString;
    });

    /// <summary>The seeded object graph, with the ids the database gave it.</summary>
    public IReadOnlyList<Book> Books => _connectionString.Value is not null ? _books : [];

    public BookstoreContext CreateContext() => Create(_connectionString.Value);

    private static BookstoreContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<BookstoreContext>().UseNpgsql(connectionString).Options);
}
