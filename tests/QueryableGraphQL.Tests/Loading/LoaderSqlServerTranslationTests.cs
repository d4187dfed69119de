using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Loading;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Tests.Fixtures;
using QueryableGraphQL.Tests.Paging;
using Snapshooter.Xunit;

namespace QueryableGraphQL.Tests.Loading;

/// <summary>
/// The batch shapes not covered by the keyset snapshots, printed for SQL Server without a server: a plain child
/// list for several parents (filtered and ordered on the link rows) and a by-key batch (what <c>node</c>/<c>nodes</c>
/// run). ToQueryString throws when any part cannot be translated.
/// </summary>
public sealed class LoaderSqlServerTranslationTests
{
    [Fact]
    public void Child_list_and_by_key_batches_match_the_sql_snapshot()
    {
        using var db = BookstoreContext.ForSqlServerTranslation();
        var ordering = OrderingCase.All["title ASC, rating DESC"].Ordering;
        var arguments = new PagingArguments(5, null, null, null).Validate(PageReader.Options, ordering, PageReader.Codec);
        var filter = new BookFilterInput().GetFilterExpression(new Dictionary<string, object?> { ["title"] = new Dictionary<string, object?> { ["contains"] = "Zebra%" } });
        var request = new ConnectionRequest<Book>(filter, ordering, arguments,
            ProjectionBuilder.Build<Book>(db.Model, [nameof(Book.Title)]), IncludeTotalCount: false, IncludeExactPageInfo: false, PageReader.Codec);

        var list = new ChildQueries<BookTag, int, Book>(db.Set<BookTag>(), ChildBatch.BooksOfTag, request).All([1, 2, 3]).ToQueryString();
        var byKey = db.Books.Where(SqlParameter.In<Book, int>(book => book.Id, [4, 5, 6])).ToQueryString();

        Assert.Contains("ORDER BY", list);
        Snapshot.Match($"-- child list batch\n{list}\n\n-- by-key batch (node/nodes)\n{byKey}");
    }
}
