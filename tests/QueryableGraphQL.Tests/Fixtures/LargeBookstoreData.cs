namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>
/// A seeded, larger catalogue for paging: low-cardinality columns give many ties, and about a fifth of the
/// nullable sort columns are null, so seeks cross tie groups and the null block in every walk.
/// </summary>
public sealed class LargeBookstoreData(int seed)
{
    /// <summary>Authors and tags with no books exist on purpose: a loader must still answer for them.</summary>
    public const int AuthorCount = 21;
    public const int TagCount = 16;

    // Mixed case and a shared prefix make ordinal (SQLite BINARY) order differ from culture order.
    private static readonly string[] Words =
    [
        "alpha", "Alpha", "alphabet", "beta", "Beta", "gamma", "delta", "Delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "Lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon",
        "phi", "chi", "psi", "omega", "Omega", "_under", "[bracket]", "100%", "a b", "ab", "",
    ];

    private static readonly DateTime Epoch = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Random random = new(seed);

    public List<Author> Authors { get; } = [.. Enumerable.Range(1, AuthorCount).Select(id => new Author { Id = id, Name = $"Author {id}" })];

    public List<Tag> Tags { get; } = [.. Enumerable.Range(1, TagCount).Select(id => new Tag { Id = id, Label = $"tag-{id}" })];

    public List<Book> Books(int count) => [.. Enumerable.Range(1, count).Select(NewBook)];

    /// <summary>A book with random sort values; authors and tags with the highest ids never get any.</summary>
    public Book NewBook(int id) => new()
    {
        Id = id,
        Title = Pick(),
        Subtitle = random.Next(4) == 0 ? null : Pick(),
        Pages = random.Next(0, 6) * 100,
        Rating = random.Next(4) == 0 ? null : random.Next(0, 11) / 2.0,
        InPrint = random.Next(2) == 0,
        PublishedAt = random.Next(5) == 0 ? null : Epoch.AddHours(random.Next(0, 300) * 13).AddMilliseconds(random.Next(3) == 0 ? 250 : 0),
        Status = (BookStatus)random.Next(3),
        AuthorId = random.Next(10) == 0 ? null : random.Next(1, AuthorCount),
        Tags = [.. Tags.Take(TagCount - 1).Where(_ => random.Next(10) == 0)],
    };

    public int Next(int max) => random.Next(max);

    private string Pick() => Words[random.Next(Words.Length)];
}
