namespace ContentApi.Search;

/// <summary>
/// Writes a parsed query as a SQL Server full-text condition: words as <c>FORMSOF(INFLECTIONAL, …)</c> (English
/// stemming), phrases as quoted strings, <c>AND</c>, <c>OR</c> and <c>AND NOT</c>. Words hold only letters and
/// digits, so nothing a reader types reaches the condition's own syntax.
/// </summary>
internal static class ContainsSyntax
{
    public static string Render(SearchQuery query)
    {
        var required = string.Join(" AND ", query.Groups.Select(Group));
        return query.Excluded.Count == 0 ? required : $"({required}) AND NOT {Group(query.Excluded)}";
    }

    /// <summary>Any wanted term: how much each single field holds of the query, for its share of the rank.</summary>
    public static string RenderAny(SearchQuery query) => string.Join(" OR ", query.Groups.SelectMany(g => g).Select(Term));

    private static string Group(IReadOnlyList<SearchTerm> terms) =>
        terms.Count == 1 ? Term(terms[0]) : $"({string.Join(" OR ", terms.Select(Term))})";

    private static string Term(SearchTerm term) =>
        term.IsPhrase ? $"\"{string.Join(' ', term.Words)}\"" : $"FORMSOF(INFLECTIONAL, \"{term.Words[0]}\")";
}
