using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>Connections executed through GraphQL: selection-driven projection, statements run only when selected, error codes.</summary>
public sealed class ConnectionExecutionTests(PagingBookstore store) : IClassFixture<PagingBookstore>
{
    private static readonly PagingSchema Schema = new();

    private readonly IServiceProvider services = PagingSchema.Services(store, new CursorPagingOptions());

    [Fact]
    public async Task Nodes_read_only_the_selected_columns_and_the_ordering_keys()
    {
        var (data, sql) = await ExecuteAsync("{ books(first: 3) { nodes { title } } }");

        var expected = OrderingCase.All["publishedAt DESC"].Sort(store.Books).Take(3).Select(b => b.Title);
        Assert.Equal(expected, data["books"]!["nodes"]!.AsArray().Select(n => (string)n!["title"]!));
        var statement = Assert.Single(sql);
        Assert.Equal(["Id", "Title", "PublishedAt"], Columns(statement));
    }

    [Fact]
    public async Task A_fragment_under_edges_decides_the_columns()
    {
        var (_, sql) = await ExecuteAsync("""
            { books(first: 2, order: [{ rating: DESC }]) { edges { cursor node { ...statusOnly } } } }
            fragment statusOnly on Book { status }
            """);

        Assert.Equal(["Id", "Rating", "Status"], Columns(sql[0]));
    }

    [Fact]
    public async Task Fields_inside_a_connection_fragment_and_an_inline_fragment_are_found()
    {
        var (data, sql) = await ExecuteAsync("""
            { books(first: 2) { ...page } }
            fragment page on BooksConnection { totalCount edges { node { ... on Book { status } } } }
            """);

        Assert.Equal(2, sql.Count);
        Assert.Equal(["Id", "PublishedAt", "Status"], Columns(sql.Single(s => !s.Contains("COUNT(*)"))));
        Assert.Equal(store.Books.Count, (int)data["books"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("nodes { id }", 1)]
    [InlineData("nodes { id } totalCount", 2)]
    [InlineData("nodes { id } pageInfo { hasPreviousPage }", 2)]
    [InlineData("totalCount pageInfo { hasPreviousPage } edges { cursor }", 3)]
    [InlineData("nodes { id } pageInfo { hasNextPage endCursor }", 1)]
    [InlineData("nodes { id } ... on BooksConnection { pageInfo { ... on PageInfo { hasPreviousPage } } }", 2)]
    public async Task Count_and_exact_page_info_cost_a_statement_only_when_selected(string selection, int statements)
    {
        var (first, _) = await ExecuteAsync("{ books(first: 5) { pageInfo { endCursor } } }");
        var after = (string)first["books"]!["pageInfo"]!["endCursor"]!;

        var (data, sql) = await ExecuteAsync($$"""{ books(first: 5, after: "{{after}}") { {{selection}} } }""");

        Assert.Equal(statements, sql.Count);
        Assert.Equal(selection.Contains("totalCount"), sql.Any(s => s.Contains("COUNT(*)")));
        Assert.True(data["books"]!["totalCount"] is null || (int)data["books"]!["totalCount"]! == store.Books.Count);
        Assert.True(data["books"]!["pageInfo"]?["hasPreviousPage"] is null || (bool)data["books"]!["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task Every_author_is_paged_by_the_same_statements_for_all_of_them()
    {
        var (data, sql) = await ExecuteAsync("{ authors { id books(first: 2, order: [{ publishedAt: ASC }]) { nodes { id } totalCount pageInfo { hasNextPage } } } }");

        // Authors, every author's page, every author's count.
        Assert.Equal(3, sql.Count);
        var ordering = OrderingCase.All["publishedAt ASC"];
        foreach (var author in data["authors"]!.AsArray())
        {
            var books = store.Books.Where(b => b.AuthorId == (int)author!["id"]!).ToList();
            var page = author!["books"]!;
            Assert.Equal(ordering.Sort(books).Take(2).Select(b => b.Id), page["nodes"]!.AsArray().Select(n => (int)n!["id"]!));
            Assert.Equal((books.Count, books.Count > 2), ((int)page["totalCount"]!, (bool)page["pageInfo"]!["hasNextPage"]!));
        }
    }

    [Theory]
    [InlineData("""{ books(first: 51) { nodes { id } } }""", "PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ books(last: -1) { nodes { id } } }""", "INVALID_PAGE_SIZE")]
    [InlineData("""{ books(first: 1, last: 1) { nodes { id } } }""", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("""{ books(first: 1, after: "garbage") { nodes { id } } }""", "INVALID_CURSOR")]
    [InlineData("""{ authors { books(first: 51) { nodes { id } } } }""", "PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ authors { books(last: 1, before: "garbage") { nodes { id } } } }""", "INVALID_CURSOR")]
    public async Task Bad_paging_arguments_fail_with_their_code(string query, string code)
    {
        var result = await RunAsync(query);

        Assert.NotNull(result.Errors);
        Assert.All(result.Errors, error => Assert.Equal(code, error.Code));
    }

    [Fact]
    public async Task A_cursor_from_another_order_fails_with_invalid_cursor()
    {
        var (first, _) = await ExecuteAsync("{ books(first: 1, order: [{ publishedAt: ASC }]) { pageInfo { endCursor } } }");
        var cursor = (string)first["books"]!["pageInfo"]!["endCursor"]!;

        var result = await RunAsync($$"""{ books(first: 1, after: "{{cursor}}") { nodes { id } } }""");

        Assert.Equal("INVALID_CURSOR", Assert.Single(result.Errors!).Code);
    }

    /// <summary>Columns of the Books table that the statement reads, by name.</summary>
    private static string[] Columns(string sql) =>
        [.. new[] { "Id", "Title", "Subtitle", "Pages", "Rating", "InPrint", "PublishedAt", "Status", "AuthorId" }
            .Where(c => sql.Split("FROM")[0].Contains($"\"{c}\""))];

    private async Task<(JsonNode Data, IReadOnlyList<string> Sql)> ExecuteAsync(string query)
    {
        using var log = store.Recorder.BeginScope();
        var result = await RunAsync(query);
        Assert.Null(result.Errors);
        var json = JsonNode.Parse(new GraphQLSerializer().Serialize(result))!;
        return (json["data"]!, log.CommandTexts);
    }

    private Task<ExecutionResult> RunAsync(string query) => new DocumentExecuter().ExecuteAsync(options =>
    {
        options.Schema = Schema;
        options.Query = query;
        options.RequestServices = services;
    });
}
