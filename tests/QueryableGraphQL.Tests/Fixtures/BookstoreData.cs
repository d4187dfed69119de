namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>
/// A fixed, seeded data set. Texts are ASCII (SQLite's LOWER folds ASCII only) and deliberately include
/// LIKE wildcards, brackets, mixed case, empty strings and nulls.
/// </summary>
public static class BookstoreData
{
    public static readonly string[] Words =
    [
        "100% Cotton", "100 Cotton", "50_50", "5050", "[draft] Notes", "draft Notes", "Mixed CASE", "mixed case",
        "The Hobbit", "the hobbit returns", "a%b", "aXb", "x_y", "xzy", "[a]", "a", "", "Zebra", "zebra%", "_start",
    ];

    public static readonly string[] Countries = ["NZ", "nz", "UK", "US", "F_R", "DE%"];

    public static IReadOnlyList<Book> Create()
    {
        var random = new Random(20240601);
        var tags = Words.Take(12).Select((label, index) => new Tag { Id = index + 1, Label = label }).ToList();
        var authors = Enumerable.Range(1, 12).Select(id => new Author
        {
            Id = id,
            Name = Words[random.Next(Words.Length)],
            Country = random.Next(4) == 0 ? null : Countries[random.Next(Countries.Length)],
            BornAt = random.Next(4) == 0 ? null : new DateTime(1940, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(20000)),
        }).ToList();
        var reviewId = 1;
        return Enumerable.Range(1, 80).Select(id => new Book
        {
            Id = id,
            Title = Words[random.Next(Words.Length)],
            Subtitle = random.Next(3) == 0 ? null : Words[random.Next(Words.Length)],
            Pages = random.Next(0, 6) * 100,
            Rating = random.Next(4) == 0 ? null : random.Next(0, 11) / 2.0,
            InPrint = random.Next(2) == 0,
            PublishedAt = random.Next(4) == 0 ? null : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(0, 6) * 7000),
            Status = (BookStatus)random.Next(3),
            Author = random.Next(5) == 0 ? null : authors[random.Next(authors.Count)],
            Tags = tags.Where(_ => random.Next(5) == 0).ToList(),
            Reviews = Enumerable.Range(0, random.Next(4)).Select(_ => new Review
            {
                Id = reviewId++,
                Stars = random.Next(1, 6),
                Comment = random.Next(3) == 0 ? null : Words[random.Next(Words.Length)],
            }).ToList(),
        }).ToList();
    }
}
