namespace ContentApi.Search;

/// <summary>
/// Writes a parsed query as an SQLite FTS5 MATCH expression. Every word is an FTS5 string, so nothing a reader
/// types can reach FTS5's own syntax; the table's porter tokenizer stems and folds the words.
/// </summary>
internal static class Fts5MatchSyntax
{
    public static string Render(SearchQuery query)
    {
        var required = string.Join(" AND ", query.Groups.Select(Group));
        return query.Excluded.Count == 0 ? required : $"({required}) NOT {Group(query.Excluded)}";
    }

    private static string Group(IReadOnlyList<SearchTerm> terms) =>
        terms.Count == 1 ? Term(terms[0]) : $"({string.Join(" OR ", terms.Select(Term))})";

    private static string Term(SearchTerm term) => $"\"{string.Join(' ', term.Words).Replace("\"", "\"\"")}\"";
}
