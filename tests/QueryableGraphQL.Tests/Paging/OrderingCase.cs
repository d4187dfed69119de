using System.Linq.Expressions;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Sorting;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>
/// An <c>order</c> argument for books together with an independent LINQ-to-objects sort that states what the
/// conventions promise: per key nulls last in the key's own direction, then the id in the first key's direction.
/// </summary>
public sealed class OrderingCase
{
    private readonly Func<Book, object?>[] values;

    private OrderingCase(string name, IReadOnlyList<SortKey> keys, params Func<Book, object?>[] references)
    {
        Name = name;
        SortKeys = keys;
        values = references.Length > 0
            ? references
            : [.. keys.Select(k => Expression.Lambda<Func<Book, object?>>(Expression.Convert(k.Selector.Body, typeof(object)), k.Selector.Parameters).Compile())];
    }

    public string Name { get; }

    public IReadOnlyList<SortKey> SortKeys { get; }

    public KeysetOrdering Ordering => KeysetOrdering.Create(SortKeys, [], (Book book) => book.Id);

    public static IReadOnlyDictionary<string, OrderingCase> All { get; } = new[]
    {
        new OrderingCase("id", []),
        // Six distinct values over 1,000 rows: almost every seek lands inside a tie group.
        new OrderingCase("pages ASC", [Key("pages", b => b.Pages, false)]),
        new OrderingCase("inPrint DESC, pages ASC", [Key("inPrint", b => b.InPrint, true), Key("pages", b => b.Pages, false)]),
        new OrderingCase("publishedAt DESC", [Key("publishedAt", b => b.PublishedAt, true)]),
        new OrderingCase("publishedAt ASC", [Key("publishedAt", b => b.PublishedAt, false)]),
        new OrderingCase("subtitle ASC", [Key("subtitle", b => b.Subtitle, false)]),
        new OrderingCase("subtitle DESC", [Key("subtitle", b => b.Subtitle, true)]),
        // A nullable key behind a non-null one: nulls must come last inside each title group.
        new OrderingCase("title ASC, rating DESC", [Key("title", b => b.Title, false), Key("rating", b => b.Rating, true)]),
        new OrderingCase("status DESC, publishedAt ASC", [Key("status", b => b.Status, true), Key("publishedAt", b => b.PublishedAt, false)]),
        // Name is not nullable, but the author is optional: books without one have a null name, sorted last.
        // The mirror has no author objects, so the reference reads the name the fixture gives author n.
        new OrderingCase("author.name ASC", [Key("author.name", b => b.Author!.Name, false)], b => b.AuthorId is { } id ? $"Author {id}" : null),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Names() => [.. All.Keys];

    public List<Book> Sort(IEnumerable<Book> books)
    {
        var ordered = books.OrderBy(_ => 0);
        foreach (var (key, read) in SortKeys.Zip(values))
        {
            ordered = ordered.ThenBy(book => read(book) is null);
            ordered = key.Descending ? ordered.ThenByDescending(read, ReferenceComparer.Instance) : ordered.ThenBy(read, ReferenceComparer.Instance);
        }

        var idDescending = SortKeys.Count > 0 && SortKeys[0].Descending;
        return [.. idDescending ? ordered.ThenByDescending(b => b.Id) : ordered.ThenBy(b => b.Id)];
    }

    public override string ToString() => Name;

    private static SortKey Key<TValue>(string path, Expression<Func<Book, TValue>> selector, bool descending) => new(path, selector, descending);

    /// <summary>How SQLite compares the stored values: BINARY (ordinal) text, and enums by their stored name.</summary>
    private sealed class ReferenceComparer : IComparer<object?>
    {
        public static readonly ReferenceComparer Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (Enum a, Enum b) => string.CompareOrdinal(a.ToString(), b.ToString()),
            _ => Comparer<object?>.Default.Compare(x, y),
        };
    }
}
