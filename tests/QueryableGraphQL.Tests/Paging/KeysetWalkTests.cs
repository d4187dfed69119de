using QueryableGraphQL.Paging;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>Whole-list walks over 1,000 SQLite rows, compared page by page with the reference sort.</summary>
public sealed class KeysetWalkTests(PagingBookstore store) : IClassFixture<PagingBookstore>
{
    public static TheoryData<string, int, bool> Walks()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var name in OrderingCase.All.Keys)
        {
            foreach (var size in new[] { 7, 50 })
            {
                data.Add(name, size, true);
                data.Add(name, size, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task A_walk_returns_every_row_once_in_reference_order_with_exact_page_info(string orderingName, int size, bool forward)
    {
        var ordering = OrderingCase.All[orderingName];
        var expected = ordering.Sort(store.Books).Select(b => b.Id).ToList();
        var reader = new PageReader(store, ordering);

        var pages = await Walk.AllPagesAsync(reader.ReadAsync, size, forward, maxPages: expected.Count / size + 2);

        Assert.Equal(expected, Walk.Ids(pages, forward));
        for (var k = 0; k < pages.Count; k++)
        {
            var end = forward ? Math.Min(expected.Count, (k + 1) * size) : expected.Count - k * size;
            var start = forward ? k * size : Math.Max(0, end - size);
            var info = pages[k].PageInfo;
            Assert.Equal(expected[start..end], pages[k].Nodes.Select(b => b.Id));
            Assert.True(start > 0 == info.HasPreviousPage, $"hasPreviousPage of page {k} ({start}..{end}) is {info.HasPreviousPage}");
            Assert.True(end < expected.Count == info.HasNextPage, $"hasNextPage of page {k} ({start}..{end}) is {info.HasNextPage}");
        }
    }

    [Theory]
    [InlineData("publishedAt ASC", true)]
    [InlineData("subtitle DESC", false)]
    [InlineData("author.name ASC", false)]
    public async Task A_filtered_walk_returns_exactly_the_matching_rows_in_order(string orderingName, bool forward)
    {
        var ordering = OrderingCase.All[orderingName];
        var expected = ordering.Sort(store.Books.Where(b => b.Pages >= 300 && b.Rating != null)).Select(b => b.Id).ToList();
        var reader = new PageReader(store, ordering) { Filter = b => b.Pages >= 300 && b.Rating != null };

        var pages = await Walk.AllPagesAsync(reader.ReadAsync, 11, forward, maxPages: expected.Count / 11 + 2);

        Assert.Equal(expected, Walk.Ids(pages, forward));
        Assert.InRange(expected.Count, 100, 900);
    }

    [Theory]
    [MemberData(nameof(OrderingCase.Names), MemberType = typeof(OrderingCase))]
    public async Task The_page_right_after_the_first_row_knows_it_has_a_previous_page(string orderingName)
    {
        var reader = new PageReader(store, OrderingCase.All[orderingName]);
        var first = await reader.ReadAsync(new PagingArguments(1, null, null, null));

        var second = await reader.ReadAsync(new PagingArguments(1, first.PageInfo.EndCursor, null, null));

        Assert.True(second.PageInfo.HasPreviousPage);
        Assert.True(second.PageInfo.HasNextPage);
    }

    [Theory]
    [MemberData(nameof(OrderingCase.Names), MemberType = typeof(OrderingCase))]
    public async Task The_page_right_before_the_last_row_knows_it_has_a_next_page(string orderingName)
    {
        var reader = new PageReader(store, OrderingCase.All[orderingName]);
        var last = await reader.ReadAsync(new PagingArguments(null, null, 1, null));

        var secondToLast = await reader.ReadAsync(new PagingArguments(null, null, 1, last.PageInfo.StartCursor));

        Assert.True(secondToLast.PageInfo.HasNextPage);
        Assert.True(secondToLast.PageInfo.HasPreviousPage);
    }

    [Theory]
    [InlineData("publishedAt DESC")]
    [InlineData("subtitle ASC")]
    public async Task Paging_beyond_either_end_gives_an_empty_page_that_points_back(string orderingName)
    {
        var ordering = OrderingCase.All[orderingName];
        var expected = ordering.Sort(store.Books);
        var reader = new PageReader(store, ordering);
        var first = await reader.ReadAsync(new PagingArguments(1, null, null, null));
        var last = await reader.ReadAsync(new PagingArguments(null, null, 1, null));

        var beyondEnd = await reader.ReadAsync(new PagingArguments(5, last.PageInfo.EndCursor, null, null));
        var beforeStart = await reader.ReadAsync(new PagingArguments(null, null, 5, first.PageInfo.StartCursor));

        Assert.Equal([expected[0].Id, expected[^1].Id], [first.Nodes.Single().Id, last.Nodes.Single().Id]);
        Assert.Equal((0, false, true), (beyondEnd.Edges.Count, beyondEnd.PageInfo.HasNextPage, beyondEnd.PageInfo.HasPreviousPage));
        Assert.Equal((0, true, false), (beforeStart.Edges.Count, beforeStart.PageInfo.HasNextPage, beforeStart.PageInfo.HasPreviousPage));
    }
}
