using QueryableGraphQL.Paging;
using QueryableGraphQL.Tests.Fixtures;
using QueryableGraphQL.Tests.Paging;

namespace QueryableGraphQL.Tests.Loading;

/// <summary>
/// SQLite allows 500 terms in one compound SELECT, so a batch of more parents than one union can hold must be
/// split into several statements, and every parent must still get its own page.
/// </summary>
public sealed class LargeBatchTests(PagingBookstore store) : IClassFixture<PagingBookstore>
{
    [Theory]
    [InlineData("authors")]
    [InlineData("tags")]
    public async Task Six_hundred_parents_are_paged_in_a_few_statements_each_getting_its_own_page(string relation)
    {
        var batch = new ChildBatch(store, relation) { ParentIds = [.. Enumerable.Range(1, 600).Reverse()] };
        var ordering = OrderingCase.All["subtitle ASC"];
        var request = batch.Request(ordering.Ordering, new PageRequest(4, true, null), null, countAndExactPageInfo: false);

        var (pages, statements) = await batch.PagesAsync(request);

        Assert.InRange(statements, 2, 5);
        for (var i = 0; i < batch.ParentIds.Count; i++)
        {
            var expected = ordering.Sort(batch.ChildrenOf(batch.ParentIds[i])).Take(4).Select(b => b.Id);
            Assert.Equal(expected, pages[i].Nodes.Select(b => b.Id));
        }

        Assert.True(pages.Count(p => p.Edges.Count == 4) >= 15, "Too few parents with a full page to show the split.");
    }
}
