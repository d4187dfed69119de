using QueryableGraphQL.Paging;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>
/// Another client deletes rows while a walk is under way, the cursor row among them: the cursor is a position,
/// not a row, so the walk goes on from where it was without skipping or repeating a surviving row.
/// </summary>
public sealed class ConcurrentDeleteWalkTests
{
    [Theory]
    [InlineData("publishedAt DESC", true)]
    [InlineData("subtitle ASC", false)]
    [InlineData("pages ASC", true)]
    [InlineData("title ASC, rating DESC", false)]
    public async Task Deleting_the_cursor_row_and_others_skips_no_surviving_row(string orderingName, bool forward)
    {
        using var store = new PagingBookstore(count: 400, seed: orderingName.Length);
        var ordering = OrderingCase.All[orderingName];
        var original = ordering.Sort(store.Books).Select(b => b.Id).ToList();
        var deleted = new HashSet<int>();
        var deletedAhead = new HashSet<int>();

        Task DeleteAround(Connection<Book> page)
        {
            var cursorId = (forward ? page.Nodes.Last() : page.Nodes.First()).Id;
            var order = ordering.Sort(store.Books).Select(b => b.Id).ToList();
            var position = order.IndexOf(cursorId);
            int[] victims = [cursorId, order[store.Data.Next(order.Count)], order[store.Data.Next(order.Count)]];
            store.Delete(victims);
            deleted.UnionWith(victims);
            deletedAhead.UnionWith(victims.Where(id => forward == order.IndexOf(id) > position && id != cursorId));
            return Task.CompletedTask;
        }

        var pages = await Walk.AllPagesAsync(new PageReader(store, ordering).ReadAsync, 9, forward, maxPages: original.Count / 9 + 2, DeleteAround);

        var walked = Walk.Ids(pages, forward);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(original.Where(id => !deleted.Contains(id)), walked.Where(id => !deleted.Contains(id)));
        Assert.True(deleted.Count > 50, $"Only {deleted.Count} rows were deleted.");
        Assert.True(deletedAhead.Count > 20, $"Only {deletedAhead.Count} rows were deleted ahead of the position.");
        Assert.Empty(walked.Intersect(deletedAhead));
    }
}
