using System.Globalization;
using System.Text;

namespace ContentApi.Search;

/// <summary>How search reads text: words are runs of letters and digits, compared lower-cased and without accents.</summary>
internal static class SearchText
{
    /// <summary>The words of <paramref name="text"/> as (start, length) ranges, in order.</summary>
    public static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && IsMark(text[i])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>Lower case without diacritics, as SQLite's <c>remove_diacritics 2</c> and PostgreSQL's folding compare words.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (!IsMark(c))
            {
                folded.Append(c switch { 'ø' => 'o', 'ł' => 'l', 'đ' => 'd', 'ß' => 's', 'æ' => 'a', 'œ' => 'o', _ => c });
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
