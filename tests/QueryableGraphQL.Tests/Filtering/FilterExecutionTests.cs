using GraphQL;
using GraphQL.SystemTextJson;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Filtering;

/// <summary>Runs real GraphQL documents, so argument values arrive exactly as GraphQL.NET parses them.</summary>
public abstract class FilterExecutionTests(IBookstore store)
{
    public static TheoryData<string, Func<Book, bool>> Cases => new()
    {
        { """{ title: { contains: "100%" } }""", book => book.Title.StartsWith("100%") },
        {
            """{ title: { contains: "HOBBIT" }, status: { in: [DRAFT, PUBLISHED] } }""",
            book => book.Title.Contains("hobbit", StringComparison.OrdinalIgnoreCase) && book.Status != BookStatus.OutOfPrint
        },
        {
            """{ or: [{ subtitle: { eq: null } }, { subtitle: { startsWith: "_" } }] }""",
            book => book.Subtitle is null || book.Subtitle.StartsWith('_')
        },
        {
            """{ publishedAt: { gte: "2010-01-01T02:00:00+02:00" }, author: { name: { nendsWith: "A" } } }""",
            book => book.PublishedAt >= new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc)
                && book.Author is not null && !book.Author.Name.EndsWith("a", StringComparison.OrdinalIgnoreCase)
        },
        {
            """{ tags: { some: { label: { startsWith: "[" } } }, reviews: { all: { stars: { gte: 2 } } } }""",
            book => book.Tags.Any(tag => tag.Label.StartsWith('[')) && book.Reviews.All(review => review.Stars >= 2)
        },
        {
            """{ id: { in: ["1", "2", "3"] }, rating: { nin: [null, 2.5] }, inPrint: { neq: true } }""",
            book => book.Id <= 3 && book.Rating is not null and not 2.5 && !book.InPrint
        },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Where_argument_parsed_by_graphql_selects_the_expected_books(string where, Func<Book, bool> expectation)
    {
        var result = await Execute($$"""{ books(where: {{where}}) { id } }""");

        var expected = store.Books.Where(expectation).Select(book => book.Id).Order().ToList();
        Assert.Equal(expected, Ids(result));
    }

    [SkippableFact]
    public async Task Contains_percent_matches_the_literal_character_only()
    {
        var result = await Execute("""{ books(where: { title: { contains: "%" } }) { id } }""");

        var expected = store.Books.Where(book => book.Title.Contains('%')).Select(book => book.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < store.Books.Count);
        Assert.Equal(expected, Ids(result));
    }

    private async Task<ExecutionResult> Execute(string query) => await new DocumentExecuter().ExecuteAsync(options =>
    {
        options.Schema = BookstoreQuery.CreateSchema(store);
        options.Query = query;
    });

    private static List<int> Ids(ExecutionResult result)
    {
        Assert.Null(result.Errors);
        var json = new GraphQLSerializer().Serialize(result);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("data").GetProperty("books").EnumerateArray()
            .Select(book => book.GetProperty("id").GetInt32()).Order().ToList();
    }

    public sealed class OnSqlite(SqliteBookstore store) : FilterExecutionTests(store), IClassFixture<SqliteBookstore>;

    public sealed class OnPostgreSql(PostgreSqlBookstore store) : FilterExecutionTests(store), IClassFixture<PostgreSqlBookstore>;
}
