using System.Collections;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Filtering;

/// <summary>
/// An independent, LINQ-to-objects reading of the documented filter semantics, written without the
/// production expression builder so the differential test compares two implementations.
/// </summary>
internal static class ReferenceFilter
{
    public static bool Matches(Book book, IDictionary<string, object?>? filter) => MatchesObject(filter, (name, value) => name switch
    {
        "id" => MatchesScalar(book.Id.ToString(), value),
        "title" => MatchesScalar(book.Title, value),
        "subtitle" => MatchesScalar(book.Subtitle, value),
        "pages" => MatchesScalar(book.Pages, value),
        "rating" => MatchesScalar(book.Rating, value),
        "inPrint" => MatchesScalar(book.InPrint, value),
        "publishedAt" => MatchesScalar(book.PublishedAt, value),
        "status" => MatchesScalar(book.Status, value),
        "author" => value is null ? book.Author is null : book.Author is not null && Matches(book.Author, Dict(value)),
        "tags" => MatchesList<Tag>(book.Tags, value, Matches),
        "reviews" => MatchesList<Review>(book.Reviews, value, Matches),
        _ => throw new ArgumentException(name),
    }, Matches, book);

    private static bool Matches(Tag tag, IDictionary<string, object?>? filter) => MatchesObject(filter, (name, value) => name switch
    {
        "label" => MatchesScalar(tag.Label, value),
        _ => throw new ArgumentException(name),
    }, Matches, tag);

    private static bool Matches(Author author, IDictionary<string, object?>? filter) => MatchesObject(filter, (name, value) => name switch
    {
        "name" => MatchesScalar(author.Name, value),
        "country" => MatchesScalar(author.Country, value),
        "bornAt" => MatchesScalar(author.BornAt, value),
        "books" => MatchesList<Book>(author.Books, value, Matches),
        _ => throw new ArgumentException(name),
    }, Matches, author);

    private static bool Matches(Review review, IDictionary<string, object?>? filter) => MatchesObject(filter, (name, value) => name switch
    {
        "stars" => MatchesScalar(review.Stars, value),
        "comment" => MatchesScalar(review.Comment, value),
        _ => throw new ArgumentException(name),
    }, Matches, review);

    private static bool MatchesObject<TEntity>(
        IDictionary<string, object?>? filter,
        Func<string, object?, bool> field,
        Func<TEntity, IDictionary<string, object?>?, bool> self,
        TEntity entity)
    {
        if (filter is null)
        {
            return true;
        }

        return filter.All(entry => entry.Key switch
        {
            "and" => List(entry.Value).All(item => self(entity, Dict(item))),
            "or" => List(entry.Value) is { Count: > 0 } items ? items.Any(item => self(entity, Dict(item))) : true,
            _ => field(entry.Key, entry.Value),
        });
    }

    private static bool MatchesList<TElement>(
        IReadOnlyCollection<TElement> items, object? value, Func<TElement, IDictionary<string, object?>?, bool> matches)
    {
        if (value is null)
        {
            return true;
        }

        return Dict(value)!.All(entry => entry.Value is null || entry.Key switch
        {
            "some" => items.Any(item => matches(item, Dict(entry.Value))),
            "none" => !items.Any(item => matches(item, Dict(entry.Value))),
            "all" => items.All(item => matches(item, Dict(entry.Value))),
            "any" => (bool)entry.Value == items.Count > 0,
            _ => throw new ArgumentException(entry.Key),
        });
    }

    private static bool MatchesScalar(object? actual, object? operations) =>
        operations is null || Dict(operations)!.All(entry => MatchesOperator(actual, entry.Key, entry.Value));

    private static bool MatchesOperator(object? actual, string operation, object? operand) => operation switch
    {
        "and" => List(operand).All(item => MatchesScalar(actual, item)),
        "or" => List(operand) is { Count: > 0 } items ? items.Any(item => MatchesScalar(actual, item)) : true,
        "eq" => Equals(actual, operand),
        "neq" => !Equals(actual, operand),
        "in" => operand is null || List(operand).Any(item => Equals(actual, item)),
        "nin" => operand is null || !List(operand).Any(item => Equals(actual, item)),
        _ when operand is null => true,
        "gt" => actual is not null && Compare(actual, operand) > 0,
        "gte" => actual is not null && Compare(actual, operand) >= 0,
        "lt" => actual is not null && Compare(actual, operand) < 0,
        "lte" => actual is not null && Compare(actual, operand) <= 0,
        "ngt" or "ngte" or "nlt" or "nlte" => !MatchesOperator(actual, operation[1..], operand),
        "contains" => actual is string text && AsciiLower(text).Contains(AsciiLower((string)operand), StringComparison.Ordinal),
        "startsWith" => actual is string text && AsciiLower(text).StartsWith(AsciiLower((string)operand), StringComparison.Ordinal),
        "endsWith" => actual is string text && AsciiLower(text).EndsWith(AsciiLower((string)operand), StringComparison.Ordinal),
        "ncontains" or "nstartsWith" or "nendsWith" => !MatchesOperator(actual, char.ToLowerInvariant(operation[1]) + operation[2..], operand),
        _ => throw new ArgumentException(operation),
    };

    private static int Compare(object actual, object operand) => ((IComparable)actual).CompareTo(operand);

    private static string AsciiLower(string text) =>
        string.Concat(text.Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c));

    private static IDictionary<string, object?>? Dict(object? value) => (IDictionary<string, object?>?)value;

    private static List<object?> List(object? value) => value is IEnumerable items ? items.Cast<object?>().ToList() : [];
}
