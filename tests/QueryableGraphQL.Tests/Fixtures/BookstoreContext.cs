using Microsoft.EntityFrameworkCore;

namespace QueryableGraphQL.Tests.Fixtures;

public sealed class BookstoreContext(DbContextOptions<BookstoreContext> options) : DbContext(options)
{
    public DbSet<Book> Books => Set<Book>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Tag> Tags => Set<Tag>();

    /// <summary>A context for SQL Server that is only used to print SQL; it never opens a connection.</summary>
    public static BookstoreContext ForSqlServerTranslation() => new(
        new DbContextOptionsBuilder<BookstoreContext>()
            .UseSqlServer("Server=.;Database=Bookstore;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Book>(book =>
        {
            book.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
            book.HasOne(b => b.Author).WithMany(a => a.Books).HasForeignKey(b => b.AuthorId);
            book.HasMany(b => b.Tags).WithMany(t => t.Books).UsingEntity<BookTag>(
                right => right.HasOne(link => link.Tag).WithMany().HasForeignKey(link => link.TagsId),
                left => left.HasOne(link => link.Book).WithMany().HasForeignKey(link => link.BooksId));
            book.HasMany(b => b.Reviews).WithOne().HasForeignKey(r => r.BookId);
        });
    }
}
