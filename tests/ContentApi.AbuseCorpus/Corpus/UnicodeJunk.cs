using System.Text;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>Random text from the awkward corners of Unicode: controls, bidi marks, zero-width, astral, combining.</summary>
internal static class UnicodeJunk
{
    private static readonly (int From, int To)[] Ranges =
    [
        (0x0001, 0x001F), (0x007F, 0x009F), (0x0300, 0x036F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069),
        (0xFEFF, 0xFEFF), (0xFFF0, 0xFFFD), (0x0600, 0x06FF), (0x4E00, 0x4E80), (0x1F300, 0x1F64F), (0x10000, 0x1007F),
        (0xE000, 0xE0FF), (0x0430, 0x044F),
    ];

    public static string Text(Random random, int length)
    {
        // Starts with a letter no GraphQL name or ignored token allows, so the junk is never just whitespace.
        var text = new StringBuilder("\u0436");
        for (var i = 0; i < length; i++)
        {
            var (from, to) = Ranges[random.Next(Ranges.Length)];
            text.Append(char.ConvertFromUtf32(random.Next(from, to + 1)));
        }

        return text.ToString();
    }
}
