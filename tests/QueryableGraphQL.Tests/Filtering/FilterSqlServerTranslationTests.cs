using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Tests.Fixtures;
using Snapshooter.Xunit;

namespace QueryableGraphQL.Tests.Filtering;

/// <summary>Translates filters for SQL Server without a server: translation must succeed fully, with parameters.</summary>
public sealed class FilterSqlServerTranslationTests
{
    private static readonly BookFilterInput FilterType = new();

    private static readonly Dictionary<string, (string Field, object? Value)> OperandsByKind = new()
    {
        ["string"] = ("title", "100%_[x"),
        ["nullableString"] = ("subtitle", "Mixed"),
        ["int"] = ("pages", 300),
        ["float"] = ("rating", 2.5),
        ["dateTime"] = ("publishedAt", new DateTime(2020, 5, 1, 8, 30, 0, DateTimeKind.Utc)),
    };

    public static TheoryData<string, string> EveryOperator()
    {
        var data = new TheoryData<string, string>();
        string[] equality = ["eq", "neq", "in", "nin"];
        string[] ordering = ["gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
        string[] text = ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith", "and", "or"];
        foreach (var kind in new[] { "string", "nullableString" })
        {
            foreach (var operation in equality.Concat(text))
            {
                data.Add(kind, operation);
            }
        }

        foreach (var kind in new[] { "int", "float", "dateTime" })
        {
            foreach (var operation in equality.Concat(ordering))
            {
                data.Add(kind, operation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryOperator))]
    public void Every_operator_translates_to_sql_with_parameters(string kind, string operation)
    {
        var (field, value) = OperandsByKind[kind];
        object? operand = operation switch
        {
            "in" or "nin" => new[] { value, null },
            "and" or "or" => new object[] { Ops("contains", value), Ops("neq", "zzz") },
            _ => value,
        };

        var sql = Translate(new() { [field] = Ops(operation, operand) });

        Assert.Contains("WHERE", sql);
        Assert.Contains("@", sql.Split("WHERE")[1]);
    }

    [Fact]
    public void Representative_filters_match_the_sql_snapshot()
    {
        var cases = new Dictionary<string, Dictionary<string, object?>>
        {
            ["contains with wildcards"] = new() { ["title"] = Ops("contains", "100%_[x") },
            ["nstartsWith on nullable"] = new() { ["subtitle"] = Ops("nstartsWith", "Mix") },
            ["eq null and neq"] = new() { ["subtitle"] = Ops("eq", null), ["title"] = Ops("neq", "a") },
            ["in with null"] = new() { ["rating"] = Ops("in", new object?[] { 1.5, null }) },
            ["enum nin"] = new() { ["status"] = Ops("nin", new object[] { BookStatus.Draft }) },
            ["id in"] = new() { ["id"] = Ops("in", new object[] { "1", "2" }) },
            ["ngt on nullable date"] = new() { ["publishedAt"] = Ops("ngt", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)) },
            ["nested author"] = new() { ["author"] = new Dictionary<string, object?> { ["name"] = Ops("endsWith", "son") } },
            ["author null"] = new() { ["author"] = null },
            ["tags some / reviews all"] = new()
            {
                ["tags"] = new Dictionary<string, object?> { ["some"] = new Dictionary<string, object?> { ["label"] = Ops("eq", "x") } },
                ["reviews"] = new Dictionary<string, object?> { ["all"] = new Dictionary<string, object?> { ["stars"] = Ops("gte", 3) } },
            },
            ["tags none / any false"] = new()
            {
                ["or"] = new object[]
                {
                    new Dictionary<string, object?> { ["tags"] = new Dictionary<string, object?> { ["none"] = new Dictionary<string, object?>() } },
                    new Dictionary<string, object?> { ["reviews"] = new Dictionary<string, object?> { ["any"] = false } },
                },
            },
        };

        var printed = string.Join("\n\n", cases.Select(entry => $"-- {entry.Key}\n{Translate(entry.Value)}"));

        Snapshot.Match(printed);
    }

    private static Dictionary<string, object?> Ops(string operation, object? value) => new() { [operation] = value };

    private static string Translate(Dictionary<string, object?> filter)
    {
        using var context = BookstoreContext.ForSqlServerTranslation();
        return context.Books.Where(FilterType.GetFilterExpression(filter)!).Select(book => book.Id).ToQueryString();
    }
}
