namespace ContentApi.CostLadder;

/// <summary>
/// Sorts and filters of rising work on the articles list, each with <c>totalCount</c> so the database evaluates the
/// filter on every published article instead of stopping at the first page.
/// </summary>
internal static class LadderQueries
{
    public static readonly IReadOnlyList<(string Name, string Arguments)> Filters =
    [
        ("no filter", ""),
        ("order by title (indexed)", "order: [{ title: ASC }]"),
        ("order by updatedAt, slug", "order: [{ updatedAt: DESC }, { slug: ASC }]"),
        ("section eq (indexed)", """where: { section: { eq: "Synthetic" } }"""),
        ("publishedAt gte", """where: { publishedAt: { gte: "2024-01-01T00:00:00Z" } }"""),
        ("title contains", """where: { title: { contains: "port" } }"""),
        ("title and summary contain", """where: { title: { contains: "port" }, summary: { contains: "the" } }"""),
        ("topics some name eq", """where: { topics: { some: { name: { eq: "Energy" } } } }"""),
        ("topics some name contains", """where: { topics: { some: { name: { contains: "ne" } } } }"""),
        ("quotes some text contains", """where: { quotes: { some: { text: { contains: "growth" } } } }"""),
        ("quotes some source name contains", """where: { quotes: { some: { source: { name: { contains: "li" } } } } }"""),
        ("or of title / quotes text", """where: { or: [{ title: { contains: "port" } }, { quotes: { some: { text: { contains: "growth" } } } }] }"""),
        ("or of three nested text matches", """where: { or: [{ title: { contains: "port" } }, { quotes: { some: { text: { contains: "growth" }, source: { name: { contains: "li" } } } } }, { topics: { some: { name: { contains: "ne" } } } }] }"""),
        ("issue 9: or / some / contains, twice", """where: { or: [{ quotes: { some: { or: [{ text: { contains: "growth" } }, { source: { name: { contains: "li" } } }] } } }, { quotes: { some: { or: [{ text: { ncontains: "a" } }, { source: { role: { endsWith: "r" } } }] } } }, { topics: { some: { name: { contains: "ne" } } } }] }"""),
    ];

    public static string Query(string arguments) =>
        $"{{ articles(first: 10{(arguments.Length == 0 ? "" : ", " + arguments)}) {{ totalCount nodes {{ title }} }} }}";
}
