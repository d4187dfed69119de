using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Filtering;

public abstract class FilterDifferentialTests(IBookstore store)
{
    private static readonly BookFilterInput FilterType = new();

    [SkippableFact]
    public void Random_filters_select_the_same_books_as_the_reference_evaluator()
    {
        var generator = new RandomFilterGenerator(seed: 4711);
        var nonTrivial = 0;
        var usedKeys = new HashSet<string>();
        using var context = store.CreateContext();
        for (var i = 0; i < 400; i++)
        {
            var filter = generator.Book(depth: 3);
            CollectKeys(filter, usedKeys);
            var expected = store.Books.Where(book => ReferenceFilter.Matches(book, filter)).Select(book => book.Id).Order().ToList();
            var predicate = FilterType.GetFilterExpression(filter);
            var query = predicate is null ? context.Books : context.Books.Where(predicate);
            var actual = query.Select(book => book.Id).Order().ToList();

            Assert.True(
                expected.SequenceEqual(actual),
                $"Filter #{i} {JsonSerializer.Serialize(filter)}\nexpected [{string.Join(",", expected)}]\nactual   [{string.Join(",", actual)}]\n{query.ToQueryString()}");
            nonTrivial += expected.Count is > 0 and < 80 ? 1 : 0;
        }

        // Guards against a generator that only produces filters matching everything or nothing, or skips operators.
        Assert.True(nonTrivial > 200, $"Only {nonTrivial} filters selected a proper subset.");
        Assert.Empty(EveryKey.Except(usedKeys));
    }

    private static readonly string[] EveryKey =
    [
        "and", "or", "eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte",
        "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith", "all", "none", "some", "any",
        "id", "title", "subtitle", "pages", "rating", "inPrint", "publishedAt", "status", "author", "tags", "reviews",
        "name", "country", "bornAt", "books", "label", "stars", "comment",
    ];

    private static void CollectKeys(object? value, HashSet<string> keys)
    {
        if (value is IDictionary<string, object?> fields)
        {
            foreach (var (key, nested) in fields)
            {
                keys.Add(key);
                CollectKeys(nested, keys);
            }
        }
        else if (value is object[] items)
        {
            Array.ForEach(items, item => CollectKeys(item, keys));
        }
    }

    public sealed class OnSqlite(SqliteBookstore store) : FilterDifferentialTests(store), IClassFixture<SqliteBookstore>;

    public sealed class OnPostgreSql(PostgreSqlBookstore store) : FilterDifferentialTests(store), IClassFixture<PostgreSqlBookstore>;
}
