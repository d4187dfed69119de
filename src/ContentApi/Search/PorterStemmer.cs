namespace ContentApi.Search;

/// <summary>
/// Martin Porter's English stemmer, the one SQLite's <c>porter</c> tokenizer applies: the highlights mark the words
/// of a text whose stem is the stem of a query word, so "markets" in a text lights up for "market".
/// </summary>
internal static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
        [("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", "")];

    private static readonly string[] Step4 =
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];

    /// <summary>The stem of a lower-case word; words of one or two letters, and words with other than a-z, stay as they are.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || word.Any(c => c is < 'a' or > 'z'))
        {
            return word;
        }

        var w = Step1(word);
        w = Replace(w, Step2, minMeasure: 1);
        w = Replace(w, Step3, minMeasure: 1);
        w = Step4Remove(w);
        return Step5(w);
    }

    private static string Step1(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            w = Measure(w[..^3]) > 0 ? w[..^1] : w;
        }
        else if ((TrimVowelled(w, "ed") ?? TrimVowelled(w, "ing")) is { } stem)
        {
            w = stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal)
                ? stem + "e"
                : EndsWithDoubleConsonant(stem) && stem[^1] is not ('l' or 's' or 'z')
                    ? stem[..^1]
                    : Measure(stem) == 1 && EndsCvc(stem) ? stem + "e" : stem;
        }

        return w.EndsWith('y') && HasVowel(w[..^1]) ? w[..^1] + "i" : w;
    }

    private static string? TrimVowelled(string w, string suffix) =>
        w.EndsWith(suffix, StringComparison.Ordinal) && HasVowel(w[..^suffix.Length]) ? w[..^suffix.Length] : null;

    private static string Replace(string w, (string Suffix, string Replacement)[] rules, int minMeasure)
    {
        var rule = rules.Where(r => w.EndsWith(r.Suffix, StringComparison.Ordinal)).OrderByDescending(r => r.Suffix.Length).FirstOrDefault();
        if (rule.Suffix is null)
        {
            return w;
        }

        var stem = w[..^rule.Suffix.Length];
        return Measure(stem) >= minMeasure ? stem + rule.Replacement : w;
    }

    private static string Step4Remove(string w)
    {
        var suffix = Step4.Where(s => w.EndsWith(s, StringComparison.Ordinal)).MaxBy(s => s.Length);
        if (suffix is null)
        {
            return w;
        }

        var stem = w[..^suffix.Length];
        var allowed = suffix != "ion" || stem.EndsWith('s') || stem.EndsWith('t');
        return allowed && Measure(stem) > 1 ? stem : w;
    }

    private static string Step5(string w)
    {
        if (w.EndsWith('e'))
        {
            var stem = w[..^1];
            var m = Measure(stem);
            if (m > 1 || (m == 1 && !EndsCvc(stem)))
            {
                w = stem;
            }
        }

        return Measure(w) > 1 && w.EndsWith("ll", StringComparison.Ordinal) ? w[..^1] : w;
    }

    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>The number of vowel-consonant sequences: [C](VC){m}[V].</summary>
    private static int Measure(string w)
    {
        var m = 0;
        var i = 0;
        while (i < w.Length && IsConsonant(w, i))
        {
            i++;
        }

        while (i < w.Length)
        {
            while (i < w.Length && !IsConsonant(w, i))
            {
                i++;
            }

            if (i == w.Length)
            {
                break;
            }

            m++;
            while (i < w.Length && IsConsonant(w, i))
            {
                i++;
            }
        }

        return m;
    }

    private static bool HasVowel(string w) => Enumerable.Range(0, w.Length).Any(i => !IsConsonant(w, i));

    private static bool EndsWithDoubleConsonant(string w) => w.Length >= 2 && w[^1] == w[^2] && IsConsonant(w, w.Length - 1);

    private static bool EndsCvc(string w) =>
        w.Length >= 3 && IsConsonant(w, w.Length - 3) && !IsConsonant(w, w.Length - 2) && IsConsonant(w, w.Length - 1) && w[^1] is not ('w' or 'x' or 'y');
}
