using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Sorting;
using QueryableGraphQL.Tests.Fixtures;
using Snapshooter.Xunit;

namespace QueryableGraphQL.Tests.Sorting;

public sealed class SortSqlServerTranslationTests
{
    [Fact]
    public void Nested_and_prioritised_sort_keys_translate_to_a_join_and_order_by()
    {
        var keys = new BookSortInput().GetSortKeys(new object[]
        {
            new Dictionary<string, object?> { ["author"] = new Dictionary<string, object?> { ["name"] = SortDirection.Descending } },
            new Dictionary<string, object?> { ["publishedAt"] = SortDirection.Ascending },
        });
        using var context = BookstoreContext.ForSqlServerTranslation();

        var sql = context.Books.OrderBySortKeys(keys).Select(book => book.Id).ToQueryString();

        Snapshot.Match(sql);
    }
}
