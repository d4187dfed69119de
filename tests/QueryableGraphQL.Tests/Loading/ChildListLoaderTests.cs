using System.Linq.Expressions;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Tests.Fixtures;
using QueryableGraphQL.Tests.Paging;

namespace QueryableGraphQL.Tests.Loading;

/// <summary><c>ChildListLoader</c>: every parent's whole child list, filtered and in reference order, from one statement.</summary>
public sealed class ChildListLoaderTests(PagingBookstore store) : IClassFixture<PagingBookstore>
{
    private static readonly Dictionary<string, Expression<Func<Book, bool>>?> Filters = new()
    {
        ["none"] = null,
        ["pages >= 300"] = b => b.Pages >= 300,
        ["subtitle set and rated"] = b => b.Subtitle != null && b.Rating != null,
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var ordering in new[] { "id", "inPrint DESC, pages ASC", "publishedAt DESC", "subtitle ASC", "title ASC, rating DESC", "status DESC, publishedAt ASC" })
        {
            foreach (var relation in new[] { "authors", "tags" })
            {
                data.Add(ordering, relation, ordering.Length % 2 == 0 ? "pages >= 300" : "none");
            }
        }

        data.Add("subtitle DESC", "tags", "subtitle set and rated");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_parent_gets_its_filtered_children_in_order_from_one_statement(string orderingName, string relation, string filterName)
    {
        var ordering = OrderingCase.All[orderingName];
        var filter = Filters[filterName];
        var matches = filter?.Compile() ?? (_ => true);
        var batch = new ChildBatch(store, relation);
        var request = batch.Request(ordering.Ordering, new PageRequest(int.MaxValue - 1, Forward: true, Cursor: null), filter);

        var (lists, statements) = await batch.ListsAsync(request);

        Assert.Equal(1, statements);
        for (var i = 0; i < batch.ParentIds.Count; i++)
        {
            var expected = ordering.Sort(batch.ChildrenOf(batch.ParentIds[i]).Where(matches)).Select(b => b.Id);
            Assert.Equal(expected, lists[i].Select(b => b.Id));
        }

        Assert.Contains(lists, list => list.Count == 0);
        Assert.True(lists.Count(list => list.Count > 5) > 10, "Too few parents with several children to show the order.");
    }
}
