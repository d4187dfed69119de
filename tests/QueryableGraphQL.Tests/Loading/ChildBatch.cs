using System.Linq.Expressions;
using QueryableGraphQL.Loading;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Tests.Fixtures;
using QueryableGraphQL.Tests.Paging;

namespace QueryableGraphQL.Tests.Loading;

/// <summary>
/// Loads the books of many parents at once through the loaders, over the one-to-many author relation or the
/// many-to-many tag relation (through its link rows), and counts the SQL statements each batch ran.
/// </summary>
internal sealed class ChildBatch(PagingBookstore store, string relation)
{
    /// <summary>A parent id that does not exist: the loader must still answer for it.</summary>
    public const int MissingParent = 999;

    public IReadOnlyList<int> ParentIds { get; init; } =
        [.. Enumerable.Range(1, relation == "tags" ? LargeBookstoreData.TagCount : LargeBookstoreData.AuthorCount), MissingParent];

    public IEnumerable<Book> ChildrenOf(int parent) => relation == "tags"
        ? store.Books.Where(b => b.Tags.Any(t => t.Id == parent))
        : store.Books.Where(b => b.AuthorId == parent);

    /// <summary>The link rows: for tags the join table, for authors the books themselves (by their foreign key).</summary>
    public static readonly ChildRelation<BookTag, int, Book> BooksOfTag = new(link => link.TagsId, link => link.Book);

    public static readonly ChildRelation<Book, int, Book> BooksOfAuthor = new(book => (int)book.AuthorId!, book => book);

    public ConnectionRequest<Book> Request(KeysetOrdering ordering, PageRequest page, Expression<Func<Book, bool>>? filter, bool countAndExactPageInfo = true)
    {
        using var db = store.CreateDbContext();
        return new ConnectionRequest<Book>(filter, ordering, page, ProjectionBuilder.Build<Book>(db.Model, [nameof(Book.Id)]),
            IncludeTotalCount: countAndExactPageInfo, IncludeExactPageInfo: countAndExactPageInfo, PageReader.Codec);
    }

    public Task<(IReadOnlyList<Connection<Book>> Results, int Statements)> PagesAsync(ConnectionRequest<Book> request) => relation == "tags"
        ? LoadAsync(new ChildConnectionLoader<BookstoreContext, BookTag, int, Book>(store, db => db.Set<BookTag>(), BooksOfTag, request))
        : LoadAsync(new ChildConnectionLoader<BookstoreContext, Book, int, Book>(store, db => db.Books, BooksOfAuthor, request));

    public Task<(IReadOnlyList<IReadOnlyList<Book>> Results, int Statements)> ListsAsync(ConnectionRequest<Book> request) => relation == "tags"
        ? LoadAsync(new ChildListLoader<BookstoreContext, BookTag, int, Book>(store, db => db.Set<BookTag>(), BooksOfTag, request))
        : LoadAsync(new ChildListLoader<BookstoreContext, Book, int, Book>(store, db => db.Books, BooksOfAuthor, request));

    /// <summary>Asks for every parent before awaiting any, as sibling resolvers do.</summary>
    private async Task<(IReadOnlyList<TValue>, int)> LoadAsync<TValue>(BatchLoader<int, TValue> loader)
    {
        var pending = ParentIds.Select(loader.Load).ToList();
        using var log = store.Recorder.BeginScope();
        var results = new List<TValue>();
        foreach (var result in pending)
        {
            results.Add(await result.GetResultAsync());
        }

        return (results, log.Count);
    }
}
