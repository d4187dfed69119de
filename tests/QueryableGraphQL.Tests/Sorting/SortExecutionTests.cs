using GraphQL;
using GraphQL.SystemTextJson;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Sorting;

public sealed class SortExecutionTests(SqliteBookstore store) : IClassFixture<SqliteBookstore>
{
    [Fact]
    public async Task Order_list_gives_priority_and_nested_fields_sort_through_the_navigation()
    {
        var result = await Execute("{ books(order: [{ author: { name: DESC } }, { rating: ASC }]) { id } }");

        var expected = store.Books
            .OrderBy(book => book.Author is null)
            .ThenByDescending(book => book.Author?.Name, StringComparer.Ordinal)
            .ThenBy(book => book.Rating is null)
            .ThenBy(book => book.Rating)
            .ThenBy(book => book.Id)
            .Select(book => book.Id);
        Assert.Null(result.Errors);
        Assert.Equal(expected, Ids(result));
    }

    [Theory]
    [InlineData("{ books(order: [{ title: ASC, rating: DESC }]) { id } }")]
    [InlineData("{ books(order: [{}]) { id } }")]
    [InlineData("{ books(order: [{ author: {} }]) { id } }")]
    public async Task An_element_with_other_than_one_field_fails_with_invalid_sort(string query)
    {
        var result = await Execute(query);

        var error = Assert.Single(result.Errors!);
        Assert.Equal("INVALID_SORT", error.Code);
    }

    private async Task<ExecutionResult> Execute(string query) => await new DocumentExecuter().ExecuteAsync(options =>
    {
        options.Schema = BookstoreQuery.CreateSchema(store);
        options.Query = query;
    });

    private static List<int> Ids(ExecutionResult result)
    {
        using var document = System.Text.Json.JsonDocument.Parse(new GraphQLSerializer().Serialize(result));
        return document.RootElement.GetProperty("data").GetProperty("books").EnumerateArray()
            .Select(book => book.GetProperty("id").GetInt32()).ToList();
    }
}
