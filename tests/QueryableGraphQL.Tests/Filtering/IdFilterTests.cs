using System.Text;
using GraphQL;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Filtering;

public sealed class IdFilterTests(SqliteBookstore store) : IClassFixture<SqliteBookstore>
{
    [Fact]
    public void Id_parser_decodes_opaque_ids_for_eq_and_in()
    {
        var filter = new Dictionary<string, object?>
        {
            ["or"] = new object[]
            {
                new Dictionary<string, object?> { ["id"] = new Dictionary<string, object?> { ["eq"] = GlobalId(5) } },
                new Dictionary<string, object?> { ["id"] = new Dictionary<string, object?> { ["in"] = new object?[] { GlobalId(7), null } } },
            },
        };

        using var context = store.CreateContext();
        var ids = context.Books.Where(new GlobalIdBookFilter().GetFilterExpression(filter)!).Select(book => book.Id).Order().ToList();

        Assert.Equal([5, 7], ids);
    }

    [Fact]
    public void Id_parser_errors_reach_the_caller()
    {
        var filter = new Dictionary<string, object?> { ["id"] = new Dictionary<string, object?> { ["neq"] = "not-an-id" } };

        var error = Assert.Throws<ExecutionError>(() => new GlobalIdBookFilter().GetFilterExpression(filter));

        Assert.Equal("INVALID_ID", error.Code);
    }

    [Fact]
    public void Unknown_fields_in_a_hand_built_value_are_reported_by_name()
    {
        var filter = new Dictionary<string, object?> { ["isbn"] = new Dictionary<string, object?>() };

        var error = Assert.Throws<ArgumentException>(() => new BookFilterInput().GetFilterExpression(filter));

        Assert.Contains("'isbn'", error.Message);
    }

    private static string GlobalId(int key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"Book:{key}"));

    private sealed class GlobalIdBookFilter : FilterInputGraphType<Book>
    {
        public GlobalIdBookFilter() => Id(book => book.Id, ParseBookId);

        private static int ParseBookId(string id)
        {
            var text = Encoding.UTF8.GetString(Convert.TryFromBase64String(id, new byte[64], out var length) ? Convert.FromBase64String(id) : []);
            return length > 0 && text.StartsWith("Book:", StringComparison.Ordinal) && int.TryParse(text[5..], out var key)
                ? key
                : throw new ExecutionError("The id is not a valid Book id.") { Code = "INVALID_ID" };
        }
    }
}
