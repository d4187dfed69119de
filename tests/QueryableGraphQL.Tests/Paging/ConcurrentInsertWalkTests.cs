using QueryableGraphQL.Paging;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>
/// Another client inserts rows while a walk is under way: ties of the cursor row, copies of random rows and new
/// random rows (nulls included). Keyset cursors must neither repeat nor skip a row that was there all along.
/// </summary>
public sealed class ConcurrentInsertWalkTests
{
    public static TheoryData<string, int, bool> Walks()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var name in new[] { "pages ASC", "inPrint DESC, pages ASC", "publishedAt DESC", "publishedAt ASC", "subtitle ASC", "subtitle DESC", "title ASC, rating DESC" })
        {
            data.Add(name, 7, true);
            data.Add(name, 7, false);
        }

        data.Add("publishedAt DESC", 50, true);
        data.Add("subtitle ASC", 50, false);
        return data;
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Rows_inserted_between_pages_cause_no_duplicate_and_no_gap(string orderingName, int size, bool forward)
    {
        using var store = new PagingBookstore(count: 1000, seed: orderingName.Length * 31 + size);
        var ordering = OrderingCase.All[orderingName];
        var original = ordering.Sort(store.Books).Select(b => b.Id).ToList();
        var originalIds = original.ToHashSet();
        var ahead = new HashSet<int>();
        var behind = new HashSet<int>();

        Task InsertAround(Connection<Book> page)
        {
            var cursorId = (forward ? page.Nodes.Last() : page.Nodes.First()).Id;
            var cursorRow = store.Books.Single(b => b.Id == cursorId);
            var randomRow = store.Books[store.Data.Next(store.Books.Count)];
            var next = store.NextId();
            store.Insert(Twin(cursorRow, next), Twin(randomRow, next + 1), store.Data.NewBook(next + 2));
            var order = ordering.Sort(store.Books).Select(b => b.Id).ToList();
            var position = order.IndexOf(cursorId);
            foreach (var id in order.Where(id => !originalIds.Contains(id) && !ahead.Contains(id) && !behind.Contains(id)))
            {
                (forward == order.IndexOf(id) > position ? ahead : behind).Add(id);
            }

            return Task.CompletedTask;
        }

        var pages = await Walk.AllPagesAsync(new PageReader(store, ordering).ReadAsync, size, forward, maxPages: 4 * original.Count / size, InsertAround);

        var walked = Walk.Ids(pages, forward);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(original, walked.Where(originalIds.Contains));
        // Keyset paging also sees every row inserted ahead of the position, and none inserted behind it.
        Assert.Equal(ahead.Order(), walked.Where(id => !originalIds.Contains(id)).Order());
        Assert.True(behind.Count > 10 && ahead.Count > 10, $"Only {behind.Count} rows landed behind and {ahead.Count} ahead.");
        var final = ordering.Sort(store.Books).Select(b => b.Id).Where(walked.ToHashSet().Contains);
        Assert.Equal(final, walked);
    }

    private static Book Twin(Book row, int id) => new()
    {
        Id = id,
        Title = row.Title,
        Subtitle = row.Subtitle,
        Pages = row.Pages,
        Rating = row.Rating,
        InPrint = row.InPrint,
        PublishedAt = row.PublishedAt,
        Status = row.Status,
        AuthorId = row.AuthorId,
    };
}
