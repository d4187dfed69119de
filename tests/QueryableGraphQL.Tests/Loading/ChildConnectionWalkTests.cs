using System.Linq.Expressions;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Tests.Fixtures;
using QueryableGraphQL.Tests.Paging;

namespace QueryableGraphQL.Tests.Loading;

/// <summary>
/// Walks the children of the largest parent through <c>ChildConnectionLoader</c> while every other parent is
/// paged in the same batch from the same cursor; every parent's page must be exact and the batch a fixed
/// number of statements, whatever the number of parents.
/// </summary>
public sealed class ChildConnectionWalkTests(PagingBookstore store) : IClassFixture<PagingBookstore>
{
    public static TheoryData<string, string, int, bool> Walks()
    {
        var data = new TheoryData<string, string, int, bool>();
        foreach (var name in OrderingCase.All.Keys)
        {
            foreach (var relation in new[] { "authors", "tags" })
            {
                data.Add(name, relation, 7, true);
                data.Add(name, relation, 7, false);
            }
        }

        // With one row a page, the cursor row is all that lies behind the second page.
        data.Add("publishedAt DESC", "authors", 1, true);
        data.Add("subtitle ASC", "tags", 1, false);
        return data;
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Every_parent_gets_its_exact_page_count_and_page_info_from_one_batch(string orderingName, string relation, int size, bool forward) =>
        await WalkAsync(OrderingCase.All[orderingName], new ChildBatch(store, relation), size, forward, filter: null);

    [Theory]
    [InlineData("pages ASC", "tags", true)]
    [InlineData("publishedAt ASC", "authors", false)]
    public async Task A_filter_applies_to_every_parent_page_and_count(string orderingName, string relation, bool forward) =>
        await WalkAsync(OrderingCase.All[orderingName], new ChildBatch(store, relation), 5, forward, b => b.Pages >= 200 && b.Subtitle != null);

    [Theory]
    [InlineData("authors")]
    [InlineData("tags")]
    public async Task Pages_without_count_or_exact_page_info_are_one_statement_for_every_parent(string relation)
    {
        var batch = new ChildBatch(store, relation);
        var ordering = OrderingCase.All["publishedAt DESC"];
        var first = batch.Request(ordering.Ordering, new PageRequest(3, true, null), null, countAndExactPageInfo: false);
        var (pages, _) = await batch.PagesAsync(first);
        var cursor = PageReader.Codec.Decode(pages.MaxBy(p => p.Edges.Count)!.PageInfo.EndCursor!, ordering.Ordering);

        var (_, statements) = await batch.PagesAsync(batch.Request(ordering.Ordering, new PageRequest(3, true, cursor), null, countAndExactPageInfo: false));

        Assert.Equal(1, statements);
    }

    private async Task WalkAsync(OrderingCase ordering, ChildBatch batch, int size, bool forward, Expression<Func<Book, bool>>? filter)
    {
        var matches = filter?.Compile() ?? (_ => true);
        var driver = batch.ParentIds.MaxBy(id => batch.ChildrenOf(id).Count(matches));
        var driverIndex = batch.ParentIds.ToList().IndexOf(driver);
        var walked = new List<int>();
        string? cursor = null;
        Book? cursorRow = null;
        do
        {
            var arguments = forward ? new PagingArguments(size, cursor, null, null) : new PagingArguments(null, null, size, cursor);
            var request = batch.Request(ordering.Ordering, arguments.Validate(PageReader.Options, ordering.Ordering, PageReader.Codec), filter);

            var (pages, statements) = await batch.PagesAsync(request);

            // One statement reads every parent's page; totalCount and exact pageInfo add one grouped statement each.
            Assert.Equal(cursor is null ? 2 : 3, statements);
            for (var i = 0; i < batch.ParentIds.Count; i++)
            {
                var children = batch.ChildrenOf(batch.ParentIds[i]).Where(matches).ToList();
                var expected = ExpectedChildPage.For(ordering, children, cursorRow, size, forward);
                var actual = new ExpectedChildPage([.. pages[i].Nodes.Select(b => b.Id)], pages[i].PageInfo.HasNextPage, pages[i].PageInfo.HasPreviousPage);
                Assert.True(expected.Ids.SequenceEqual(actual.Ids) && expected with { Ids = actual.Ids } == actual,
                    $"Parent {batch.ParentIds[i]} after {cursorRow?.Id}: expected {Describe(expected)}, got {Describe(actual)}");
                Assert.Equal(children.Count, pages[i].TotalCount);
            }

            var page = pages[driverIndex];
            walked.InsertRange(forward ? walked.Count : 0, page.Nodes.Select(b => b.Id));
            cursor = forward ? page.PageInfo.EndCursor : page.PageInfo.StartCursor;
            cursorRow = store.Books.Single(b => b.Id == (forward ? page.Nodes.Last() : page.Nodes.First()).Id);
            Assert.True(walked.Count <= 1000, "The walk does not end.");
            if (!(forward ? page.PageInfo.HasNextPage : page.PageInfo.HasPreviousPage))
            {
                break;
            }
        }
        while (true);

        Assert.Equal(ordering.Sort(batch.ChildrenOf(driver).Where(matches)).Select(b => b.Id), walked);
    }

    private static string Describe(ExpectedChildPage page) =>
        $"[{string.Join(",", page.Ids)}] next={page.HasNextPage} previous={page.HasPreviousPage}";
}
