namespace ContentApi.Search;

/// <summary>
/// PostgreSQL's English stop words (Snowball's list). The parser drops them on every provider, so SQLite, which
/// indexes every word, matches the same articles as PostgreSQL, which indexes none of these.
/// </summary>
internal static class SearchStopWords
{
    private static readonly HashSet<string> Words = new(
    [
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was",
        "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the",
        "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against",
        "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in",
        "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why",
        "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only",
        "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "should", "now",
    ], StringComparer.Ordinal);

    /// <summary>Whether a folded, lower-case word is a stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
