using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Tests.Fixtures;
using SQLitePCL;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>
/// The benchmark promise "page 5,000 costs about what page 1 costs" holds only if a deep seek is an index
/// range, not a scan that skips rows. EXPLAIN QUERY PLAN on the real page query says which it is.
/// </summary>
public sealed class SqliteSeekPlanTests(IndexedBookstore store) : IClassFixture<IndexedBookstore>
{
    private static readonly OrderingCase NewestFirst = OrderingCase.All["publishedAt DESC"];

    [Fact]
    public void A_deep_forward_seek_is_an_index_range_below_the_cursor()
    {
        var plan = Plan(Deep(dated: true), forward: true);

        Assert.Matches(@"SEARCH b USING (COVERING )?INDEX IX_Books_PublishedAt_Id \((PublishedAt>\? AND )?PublishedAt<\?\)", plan);
        AssertNoScanOrSort(plan);
    }

    [Fact]
    public void A_deep_backward_seek_is_an_index_range_above_the_cursor()
    {
        var plan = Plan(Deep(dated: true), forward: false);

        Assert.Matches(@"SEARCH b USING (COVERING )?INDEX IX_Books_PublishedAt_Id \(PublishedAt>\?\)", plan);
        AssertNoScanOrSort(plan);
    }

    [Fact]
    public void A_deep_seek_among_undated_books_is_an_index_range_on_the_id()
    {
        var plan = Plan(Deep(dated: false), forward: true);

        Assert.Matches(@"SEARCH b USING (COVERING )?INDEX IX_Books_PublishedAt_Id \(PublishedAt=\? AND Id<\?\)", plan);
        AssertNoScanOrSort(plan);
    }

    [Fact]
    public void The_first_page_reads_the_index_in_order_without_sorting()
    {
        var plan = Plan(cursor: null, forward: true);

        Assert.Contains("USING INDEX IX_Books_PublishedAt_Id", plan);
        AssertNoScanOrSort(plan);
    }

    /// <summary>
    /// The plan cannot show that a backward seek is bounded by the cursor: the IS NOT NULL of the dated phase
    /// already gives the same '&gt;' range. SQLite's own step counter of the statement can.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_deep_page_costs_about_what_the_first_page_costs(bool forward)
    {
        var first = VirtualMachineSteps(cursor: null, forward);
        var deep = VirtualMachineSteps(Deep(dated: true), forward);

        Assert.InRange(deep, 1, first * 2 + 100);
    }

    private static void AssertNoScanOrSort(string plan)
    {
        Assert.DoesNotContain("SCAN", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    /// <summary>The cursor of the row about 5,000 pages of ten deep into the dated or the undated block.</summary>
    private object?[] Deep(bool dated)
    {
        using var db = store.CreateContext();
        var rows = dated ? db.Books.Where(b => b.PublishedAt != null) : db.Books.Where(b => b.PublishedAt == null);
        var row = rows.OrderByDescending(b => b.PublishedAt).ThenByDescending(b => b.Id)
            .Skip(dated ? 50_000 : 5_000).Select(b => new { b.PublishedAt, b.Id }).First();
        return [row.PublishedAt, row.Id];
    }

    private string Plan(object?[]? cursor, bool forward)
    {
        using var db = store.CreateContext();
        using var command = PageCommand(db, cursor, forward);
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        using var reader = command.ExecuteReader();
        var details = new List<string>();
        while (reader.Read())
        {
            details.Add(reader.GetString(3));
        }

        return string.Join("\n", details);
    }

    /// <summary>Reads the page and asks SQLite how many virtual machine steps its statement took.</summary>
    private int VirtualMachineSteps(object?[]? cursor, bool forward)
    {
        using var db = store.CreateContext();
        using var command = PageCommand(db, cursor, forward);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        Assert.Equal(11, rows);
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle;
        var statement = raw.sqlite3_next_stmt(handle, null);
        Assert.Null(raw.sqlite3_next_stmt(handle, statement));
        Assert.Equal(0, raw.sqlite3_stmt_status(statement, raw.SQLITE_STMTSTATUS_FULLSCAN_STEP, 0));
        return raw.sqlite3_stmt_status(statement, raw.SQLITE_STMTSTATUS_VM_STEP, 0);
    }

    private static DbCommand PageCommand(BookstoreContext db, object?[]? cursor, bool forward)
    {
        var request = new ConnectionRequest<Book>(null, NewestFirst.Ordering, new PageRequest(10, forward, cursor),
            ProjectionBuilder.Build<Book>(db.Model, [nameof(Book.Title)]), false, true, PageReader.Codec);
        var command = QueryableConnectionExtensions.PageQueries(db.Books, request)[0].CreateDbCommand();
        db.Database.OpenConnection();
        return command;
    }
}
