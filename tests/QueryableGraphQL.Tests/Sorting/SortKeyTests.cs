using System.Linq.Expressions;
using QueryableGraphQL.Sorting;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Sorting;

public sealed class SortKeyTests
{
    private static readonly BookSortInput SortType = new();

    [Fact]
    public void Keys_follow_list_order_and_compose_nested_paths()
    {
        var keys = SortType.GetSortKeys(new object[]
        {
            new Dictionary<string, object?> { ["publishedAt"] = SortDirection.Descending },
            new Dictionary<string, object?> { ["author"] = new Dictionary<string, object?> { ["name"] = SortDirection.Ascending } },
        });

        Assert.Collection(
            keys,
            key => Assert.Equal(("publishedAt", true, "entity => entity.PublishedAt"), (key.Path, key.Descending, key.Selector.ToString())),
            key => Assert.Equal(("author.name", false, "entity => entity.Author.Name"), (key.Path, key.Descending, key.Selector.ToString())));
        Assert.Equal(typeof(Func<Book, string>), keys[1].Selector.Type);
    }

    [Fact]
    public void No_order_argument_gives_no_keys() => Assert.Empty(SortType.GetSortKeys(null));

    public static TheoryData<object> InvalidElements() => new()
    {
        new Dictionary<string, object?>(),
        new Dictionary<string, object?> { ["title"] = SortDirection.Ascending, ["rating"] = SortDirection.Descending },
        new Dictionary<string, object?> { ["author"] = new Dictionary<string, object?>() },
        new Dictionary<string, object?> { ["title"] = null },
    };

    [Theory]
    [MemberData(nameof(InvalidElements))]
    public void An_element_that_does_not_set_exactly_one_field_is_an_invalid_sort(object element)
    {
        var error = Assert.Throws<InvalidSortException>(() => SortType.GetSortKeys(new[] { element }));

        Assert.Equal("INVALID_SORT", error.Code);
    }

    [Fact]
    public void Selectors_are_plain_member_paths_that_query_providers_translate()
    {
        var key = SortType.GetSortKeys(new object[]
        {
            new Dictionary<string, object?> { ["author"] = new Dictionary<string, object?> { ["bornAt"] = SortDirection.Ascending } },
        }).Single();

        var body = Assert.IsAssignableFrom<MemberExpression>(key.Selector.Body);
        Assert.Equal("BornAt", body.Member.Name);
        Assert.Equal(typeof(DateTime?), key.Selector.ReturnType);
    }
}
