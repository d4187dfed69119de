using System.Text;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>Builds long GraphQL documents from repeated parts.</summary>
internal static class QueryText
{
    public static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    public static string Join(int count, Func<int, string> part) => string.Concat(Enumerable.Range(0, count).Select(part));

    /// <summary>Opens <paramref name="pairs"/> times each of the given fields, puts <paramref name="leaf"/> inside, closes them all.</summary>
    public static string Nest(string[] fields, int pairs, string leaf)
    {
        var open = new StringBuilder();
        for (var i = 0; i < pairs; i++)
        {
            foreach (var field in fields) open.Append(field).Append(" { ");
        }

        return open + leaf + Repeat(" }", pairs * fields.Length);
    }

    /// <summary>
    /// <paramref name="n"/> fragments, each selecting the leaf and spreading the previous one twice: 2^n expanded
    /// spreads from a document of about 40·n characters.
    /// </summary>
    public static string FanOut(int n, string type, string leaf) =>
        $"{{ ...F{n} }} fragment F0 on {type} {{ {leaf} }} " + Join(n, k => $"fragment F{k + 1} on {type} {{ {leaf} ...F{k} ...F{k} }} ");
}
