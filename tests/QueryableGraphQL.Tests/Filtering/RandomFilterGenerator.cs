using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Filtering;

/// <summary>
/// Produces random <c>where</c> values shaped as GraphQL.NET hands them to resolvers:
/// dictionaries, object arrays, and scalars already parsed to int, double, bool, string, UTC DateTime or the enum.
/// </summary>
internal sealed class RandomFilterGenerator(int seed)
{
    private static readonly string[] SearchTexts =
    [
        "%", "_", "[", "100%", "0%", "50_", "_5", "[d", "[a]", "a%", "x_", "COTTON", "hobbit", "HOBBIT", "Mixed", "CASE",
        "a", "", "zebra", "ZEBRA%", "notes", "n", "e", "nz", "F_", "E%",
    ];

    private static readonly string[] StringOperators =
        ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    private static readonly string[] ComparableOperators =
        ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    private readonly Random random = new(seed);

    public Dictionary<string, object?> Book(int depth) => Object(depth, BookField);

    private Dictionary<string, object?> Object(int depth, Func<int, (string, object?)> field)
    {
        var result = new Dictionary<string, object?>();
        var count = random.Next(1, 3);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(10);
            var (name, value) = depth > 0 && roll == 0 ? ("and", Many(() => Object(depth - 1, field)))
                : depth > 0 && roll == 1 ? ("or", Many(() => Object(depth - 1, field)))
                : field(depth);
            result[name] = value;
        }

        return result;
    }

    private (string, object?) BookField(int depth) => random.Next(12) switch
    {
        0 => ("id", Operations(["eq", "neq", "in", "nin"], () => random.Next(0, 90).ToString())),
        1 => ("title", StringOperations(depth)),
        2 => ("subtitle", StringOperations(depth)),
        3 => ("pages", Operations(ComparableOperators, () => random.Next(0, 6) * 100 + (random.Next(4) == 0 ? 50 : 0))),
        4 => ("rating", Operations(ComparableOperators, () => random.Next(0, 11) / 2.0)),
        5 => ("inPrint", Operations(["eq", "neq"], () => random.Next(2) == 0)),
        6 => ("publishedAt", Operations(ComparableOperators, RandomDate)),
        7 => ("status", Operations(["eq", "neq", "in", "nin"], () => (BookStatus)random.Next(3))),
        8 => ("author", random.Next(8) == 0 ? null : Object(Math.Max(depth - 1, 0), AuthorField)),
        9 => ("tags", ListOperations(depth, d => Object(d, _ => ("label", StringOperations(0))))),
        10 => ("reviews", ListOperations(depth, d => Object(d, _ => random.Next(2) == 0
            ? ("stars", Operations(ComparableOperators, () => random.Next(0, 7)))
            : ("comment", StringOperations(0))))),
        _ => ("title", StringOperations(depth)),
    };

    private (string, object?) AuthorField(int depth) => random.Next(4) switch
    {
        0 => ("name", StringOperations(depth)),
        1 => ("country", StringOperations(depth)),
        2 => ("bornAt", Operations(ComparableOperators, RandomDate)),
        _ => ("books", ListOperations(depth, d => Object(d, _ => ("pages", Operations(ComparableOperators, () => random.Next(0, 6) * 100))))),
    };

    private Dictionary<string, object?> ListOperations(int depth, Func<int, Dictionary<string, object?>> element) =>
        random.Next(4) switch
        {
            0 => new() { ["some"] = element(Math.Max(depth - 1, 0)) },
            1 => new() { ["none"] = element(Math.Max(depth - 1, 0)) },
            2 => new() { ["all"] = element(Math.Max(depth - 1, 0)) },
            _ => new() { ["any"] = random.Next(2) == 0 },
        };

    private Dictionary<string, object?> StringOperations(int depth)
    {
        var operations = Operations(StringOperators, () => random.Next(3) == 0
            ? BookstoreData.Words[random.Next(BookstoreData.Words.Length)]
            : SearchTexts[random.Next(SearchTexts.Length)]);
        if (depth > 0 && random.Next(6) == 0)
        {
            operations[random.Next(2) == 0 ? "and" : "or"] = Many(() => StringOperations(0));
        }

        return operations;
    }

    private Dictionary<string, object?> Operations(string[] operators, Func<object> value)
    {
        var result = new Dictionary<string, object?>();
        for (var i = random.Next(1, 3); i > 0; i--)
        {
            var name = operators[random.Next(operators.Length)];
            result[name] = name is "in" or "nin"
                ? Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(6) == 0 ? null : value()).ToArray()
                : random.Next(10) == 0 ? null : value();
        }

        return result;
    }

    private object[] Many(Func<object> item) => Enumerable.Range(0, random.Next(0, 3)).Select(_ => item()).ToArray();

    private object RandomDate() => random.Next(3) == 0
        ? new DateTime(1940, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 20000))
        : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(0, 6) * 7000 + (random.Next(3) == 0 ? 1 : 0));
}
