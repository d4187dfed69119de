using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Loading;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Tests.Fixtures;
using QueryableGraphQL.Tests.Loading;
using QueryableGraphQL.Tests.Paging;
using Snapshooter.Xunit;

namespace QueryableGraphQL.Tests.Projection;

/// <summary>ProjectionBuilder must make SQL read the requested columns and the keys, nothing else.</summary>
public sealed class ProjectionSqlTests
{
    private static readonly string[] BookColumns = ["Id", "Title", "Subtitle", "Pages", "Rating", "InPrint", "PublishedAt", "Status", "AuthorId"];

    [Theory]
    [InlineData(new[] { "Title" }, new[] { "Id", "Title" })]
    [InlineData(new[] { "Rating", "Status", "PublishedAt" }, new[] { "Id", "Rating", "Status", "PublishedAt" })]
    [InlineData(new[] { "Author", "Tags", "Reviews", "NoSuchMember" }, new[] { "Id" })]
    [InlineData(new string[0], new[] { "Id" })]
    public void Only_requested_columns_and_the_key_are_read(string[] members, string[] columns)
    {
        using var db = SqliteContext();

        var sql = db.Books.Select(ProjectionBuilder.Build<Book>(db.Model, members)).ToQueryString();

        Assert.Equal(columns.Order(), BookColumns.Where(c => sql.Contains($"\"{c}\"")).Order());
    }

    [Fact]
    public void Projected_queries_match_the_sql_snapshot()
    {
        using var db = SqliteContext();
        var ordering = OrderingCase.All["publishedAt DESC"].Ordering;
        var projection = ProjectionBuilder.Build<Book>(db.Model, ["Title", "Author", "Tags"]);
        var page = new ConnectionRequest<Book>(null, ordering, new PageRequest(10, true, null), projection, false, false, PageReader.Codec);
        var cases = new Dictionary<string, string>
        {
            ["title, with navigation names ignored"] = db.Books.Select(projection).ToQueryString(),
            ["a connection page also reads the ordering keys for cursors"] = QueryableConnectionExtensions.PageQueries(db.Books, page)[0].ToQueryString(),
            ["child pages read the same columns per parent"] = new ChildQueries<Book, int, Book>(db.Books, ChildBatch.BooksOfAuthor, page)
                .PagesOf([1, 2])
                .ToQueryString(),
        };

        Snapshot.Match(string.Join("\n\n", cases.Select(c => $"-- {c.Key}\n{c.Value}")));
    }

    [Fact]
    public void One_member_set_gives_one_tree_whatever_the_order_and_repeats()
    {
        using var db = SqliteContext();

        var first = ProjectionBuilder.Build<Book>(db.Model, ["Title", "Rating", "Title"]);
        var again = ProjectionBuilder.Build<Book>(db.Model, ["Rating", "Title"]);
        var other = ProjectionBuilder.Build<Book>(db.Model, ["Title"]);

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Contains("Rating", first.ToString());
        Assert.DoesNotContain("Rating", other.ToString());
    }

    private static BookstoreContext SqliteContext() =>
        new(new DbContextOptionsBuilder<BookstoreContext>().UseSqlite("Data Source=:memory:").Options);
}
