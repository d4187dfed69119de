using System.Text;

namespace GraphQLHttp.Tests;

/// <summary>
/// Documents that pass every default document limit yet give GraphQL.NET's potentially quadratic validation rules
/// the most work the limits allow: the worst cases that <c>ValidationWorstCaseTests</c> measures.
/// </summary>
internal static class WorstCaseDocuments
{
    public static TheoryData<string, string> All => new()
    {
        // OverlappingFieldsCanBeMerged compares every pair of fields with one response name: 960 fields, 48 names
        // each repeated 20 times across 10 fragments.
        { "overlapping: 960 identical fields", SpreadFragments(10, Numbered(48, i => $"a{i}: hello a{i}: hello ")) },
        // The same, where half of each name's fields are another field, so 4,800 pairs conflict and are reported.
        { "overlapping: 960 fields in 4,800 conflicting pairs", SpreadFragments(10, Numbered(48, i => $"a{i}: hello a{i}: echo ")) },
        // Same-named fields with sub-selections are merged recursively: 20 connections of 19 fields each.
        { "overlapping: 20 same-named connections", SpreadFragments(10, Repeat("articles(first: 1) { nodes { " + Repeat("title ", 19) + "} } ", 2)) },
        // KnownFragmentNames looks each spread up among the definitions and reports each one.
        { "undefined spreads: 990 through 10 fragments", SpreadFragments(10, Repeat("...x ", 98)) },
        // NoFragmentCycles on the most fragments allowed, in cycles as long as the spread depth allows (a denser
        // spread graph expands beyond MAX_EXPANDED_SELECTIONS and never reaches validation).
        { "fragment cycles: 100 fragments in 5 cycles", CyclicFragments(5, 20) },
        // UniqueDirectivesPerLocation and directive argument parsing at the directive limit.
        { "directives: 50 on one field", "{ hello " + Repeat("@include(if: true) ", 50) + "}" },
        // UniqueArgumentNames with as many duplicate arguments as the token limit allows.
        { "arguments: 740 duplicates", "{ echo(" + Repeat("text: \"a\" ", 740) + ") }" },
    };

    private static string SpreadFragments(int fragments, string body)
    {
        var text = new StringBuilder("query {");
        for (var i = 0; i < fragments; i++)
        {
            text.Append($" ...F{i}");
        }

        text.Append(" }\n");
        for (var i = 0; i < fragments; i++)
        {
            text.Append($"fragment F{i} on Query {{ {body}}}\n");
        }

        return text.ToString();
    }

    private static string CyclicFragments(int cycles, int length)
    {
        var text = new StringBuilder("query { ...F0 }\n");
        for (var i = 0; i < cycles * length; i++)
        {
            var next = i / length * length + (i + 1) % length;
            text.Append($"fragment F{i} on Query {{ a{i}: hello ...F{next} }}\n");
        }

        return text.ToString();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Numbered(int count, Func<int, string> item) => string.Concat(Enumerable.Range(0, count).Select(item));
}
