namespace ContentApi.Search;

/// <summary>
/// Writes a parsed query as PostgreSQL <c>to_tsquery</c> input: groups AND-ed, alternatives OR-ed, phrases as
/// <c>&lt;-&gt;</c> chains. <c>websearch_to_tsquery</c> reads the same reader syntax but binds AND tighter than OR
/// (<c>a b OR c</c> would mean <c>(a AND b) OR c</c>); parsing once in C# keeps both providers on one meaning.
/// Every word is a quoted lexeme, so nothing a reader types can reach tsquery's own syntax.
/// </summary>
internal static class TsQuerySyntax
{
    public static string Render(SearchQuery query)
    {
        var required = string.Join(" & ", query.Groups.Select(Group));
        return query.Excluded.Count == 0 ? required : $"{required} & !{Group(query.Excluded)}";
    }

    private static string Group(IReadOnlyList<SearchTerm> terms) =>
        terms.Count == 1 ? Term(terms[0]) : $"({string.Join(" | ", terms.Select(Term))})";

    private static string Term(SearchTerm term) =>
        term.IsPhrase ? $"({string.Join(" <-> ", term.Words.Select(Lexeme))})" : Lexeme(term.Words[0]);

    private static string Lexeme(string word) => $"'{word.Replace("'", "''").Replace("\\", "\\\\")}'";
}
