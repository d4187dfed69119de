using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Loading;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Tests.Fixtures;
using QueryableGraphQL.Tests.Loading;
using Snapshooter.Xunit;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>
/// Prints the keyset queries for SQL Server without a server. ToQueryString throws when any part cannot be
/// translated, so a snapshot that prints also proves nothing is left for the client.
/// </summary>
public sealed class KeysetSqlServerTranslationTests
{
    private static readonly DateTime Published = new(2024, 5, 1, 8, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Root_pages_and_seeks_match_the_sql_snapshot()
    {
        var cases = new (string Name, string Ordering, PagingArguments Arguments)[]
        {
            ("first page, nullable leading key: the non-null phase, then the null phase", "publishedAt DESC", new(10, null, null, null)),
            ("after a cursor with a non-null leading key", "publishedAt DESC", new(10, Cursor("publishedAt DESC", Published, 41), null, null)),
            ("after a cursor with a null leading key: only the null phase is left", "publishedAt DESC", new(10, Cursor("publishedAt DESC", null, 41), null, null)),
            ("backward, before a cursor", "publishedAt DESC", new(null, null, 10, Cursor("publishedAt DESC", Published, 41))),
            ("ascending nullable text, after a cursor", "subtitle ASC", new(10, Cursor("subtitle ASC", "Mid", 7), null, null)),
            ("nullable second key whose cursor value is null", "title ASC, rating DESC", new(10, Cursor("title ASC, rating DESC", "Kiwi", null, 7), null, null)),
            ("boolean and many ties", "inPrint DESC, pages ASC", new(10, Cursor("inPrint DESC, pages ASC", true, 300, 7), null, null)),
            ("enum stored as text", "status DESC, publishedAt ASC", new(10, Cursor("status DESC, publishedAt ASC", BookStatus.OutOfPrint, Published, 7), null, null)),
        };
        using var db = BookstoreContext.ForSqlServerTranslation();

        var printed = cases.Select(c =>
        {
            var queries = QueryableConnectionExtensions.PageQueries(db.Books, Request(db, c.Ordering, c.Arguments));
            return $"-- {c.Name}\n" + string.Join("\n-- then\n", queries.Select(q => q.ToQueryString()));
        });

        Snapshot.Match(string.Join("\n\n", printed));
    }

    [Fact]
    public void A_child_connection_batch_is_a_union_of_per_parent_seeks_plus_grouped_count_and_page_info()
    {
        using var db = BookstoreContext.ForSqlServerTranslation();
        var request = Request(db, "publishedAt DESC", new(5, Cursor("publishedAt DESC", Published, 41), null, null)) with { IncludeTotalCount = true };
        var queries = new ChildQueries<BookTag, int, Book>(db.Set<BookTag>(), ChildBatch.BooksOfTag, request);

        var pages = queries.PagesOf([1, 2, 3]).ToQueryString();
        var counts = queries.Counts([1, 2, 3]).ToQueryString();
        var behind = queries.ParentsWithRowsBehindCursor([1, 2, 3]).ToQueryString();

        Assert.Equal(2, pages.Split("UNION ALL").Length - 1);
        Snapshot.Match($"-- pages\n{pages}\n\n-- totalCount\n{counts}\n\n-- exact pageInfo\n{behind}");
    }

    [Theory]
    [MemberData(nameof(OrderingCase.Names), MemberType = typeof(OrderingCase))]
    public void Every_ordering_seeks_with_parameters_in_both_directions(string orderingName)
    {
        using var db = BookstoreContext.ForSqlServerTranslation();
        var ordering = OrderingCase.All[orderingName].Ordering;
        object?[] values = [.. ordering.Keys.Select(k => SampleValue(k.NonNullableType))];
        var cursor = PageReader.Codec.Encode(ordering, values);

        foreach (var arguments in new PagingArguments[] { new(10, cursor, null, null), new(null, null, 10, cursor) })
        {
            var sql = QueryableConnectionExtensions.PageQueries(db.Books, Request(db, orderingName, arguments))[0].ToQueryString();

            Assert.Contains("ORDER BY", sql);
            Assert.Matches(@"WHERE[\s\S]*@", sql);
        }
    }

    private static object SampleValue(Type type) => type switch
    {
        _ when type == typeof(int) => 7,
        _ when type == typeof(double) => 2.5,
        _ when type == typeof(bool) => true,
        _ when type == typeof(string) => "Kiwi",
        _ when type == typeof(DateTime) => Published,
        _ when type == typeof(BookStatus) => BookStatus.Published,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No sample value."),
    };

    private static string Cursor(string ordering, params object?[] values) =>
        PageReader.Codec.Encode(OrderingCase.All[ordering].Ordering, values);

    private static ConnectionRequest<Book> Request(DbContext db, string orderingName, PagingArguments arguments)
    {
        var ordering = OrderingCase.All[orderingName].Ordering;
        return new ConnectionRequest<Book>(null, ordering, arguments.Validate(PageReader.Options, ordering, PageReader.Codec),
            ProjectionBuilder.Build<Book>(db.Model, [nameof(Book.Title)]), IncludeTotalCount: false, IncludeExactPageInfo: true, PageReader.Codec);
    }
}
