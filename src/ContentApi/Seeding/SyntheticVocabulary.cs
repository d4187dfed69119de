namespace ContentApi.Seeding;

/// <summary>Word lists the synthetic corpus is written from. Some titles carry '%' and '_' to exercise escaping.</summary>
internal static class SyntheticVocabulary
{
    public static readonly string[] TopicNames =
    [
        "Economy", "Technology", "Climate", "Elections", "Health", "Trade", "Energy", "Education", "Housing", "Transport",
        "Diplomacy", "Defence", "Agriculture", "Finance", "Startups", "Space", "Sport", "Culture", "Tourism", "Labour",
        "Water", "Oceans", "Cities", "Courts", "Media", "Science", "Retail", "Shipping", "Aviation", "Mining",
        "Insurance", "Banking", "Telecoms", "Semiconductors", "Robotics", "Biotech", "Pensions", "Migration", "Wildlife", "Weather",
    ];

    private static readonly string[] FirstNames =
        ["Li", "Ana", "Omar", "Mei", "Jonas", "Priya", "Carlos", "Aiko", "Fatima", "Pavel", "Grace", "Kwame", "Sofia", "Hiro", "Nadia"];

    private static readonly string[] LastNames =
        ["Chen", "Silva", "Haddad", "Wong", "Berg", "Rao", "Mendes", "Sato", "Khan", "Novak", "Okafor", "Rossi", "Tanaka", "Ivanova", "Lopez", "Park", "Meyer", "Dubois", "Ali", "Kim"];

    private static readonly string[] Roles = ["economist", "chief executive", "spokesperson", "professor", "minister", "analyst", "director", "researcher"];
    private static readonly string[] Organizations =
        ["Harbour Institute", "Northwind Bank", "City University", "Ministry of Trade", "Greenfield Labs", "Pacific Forum", "Union of Workers", "Metro Council"];

    private static readonly string[] Subjects = ["Markets", "Regulators", "Researchers", "Officials", "Exporters", "Investors", "Growers", "Engineers", "Voters", "Lenders"];
    private static readonly string[] Verbs = ["weigh", "welcome", "question", "expand", "debate", "review", "resist", "embrace", "rethink", "test"];
    private static readonly string[] Objects = ["new rules", "rate plans", "port upgrades", "chip subsidies", "water targets", "the budget", "rail links", "data limits", "grid reform", "tax credits"];
    private static readonly string[] Places = ["in the delta", "across the region", "at home", "abroad", "this quarter", "after the vote", "amid delays", "in the capital"];

    public static (string Slug, string Name, string Role, string Organization) Source(int index)
    {
        var name = $"{FirstNames[index % FirstNames.Length]} {LastNames[index / FirstNames.Length % LastNames.Length]}";
        var slug = $"synthetic-{name.ToLowerInvariant().Replace(' ', '-')}-{index:D3}";
        return (slug, name, Roles[index % Roles.Length], Organizations[index / 3 % Organizations.Length]);
    }

    public static string Title(Random random, int number)
    {
        var title = $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Places)}";
        return (number % 97, number % 89) switch
        {
            (0, _) => $"{title} as costs rise {random.Next(2, 60)}%",
            (_, 0) => $"{title} in project_{random.Next(10, 99)}",
            _ => title,
        };
    }

    public static string Sentence(Random random) =>
        $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Places)}.";

    public static string Paragraph(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence(random)));

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
