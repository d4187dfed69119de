using System.Text;

namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>Request bodies that are not JSON: truncated, corrupted, too deeply nested, or not text at all.</summary>
internal static class MalformedJson
{
    public static IEnumerable<(string Detail, byte[] Body)> Generate(Random random, string valid, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 10) switch
            {
                0 => Truncated(random, valid),
                1 => ($"random bytes #{i}", RandomBytes(random, 1 + random.Next(300))),
                2 => ($"invalid UTF-8 in query #{i}", [.. "{\"query\":\"{ __typ"u8, 0xC3, 0x28, 0xFF, 0xFE, .. "ename }\"}"u8]),
                3 => DeepNesting(random),
                4 => Syntax(random, valid),
                5 => ($"raw control character in string #{i}", Encoding.UTF8.GetBytes("{\"query\":\"{ __typename \u0001\u0007 }\"}")),
                6 => ($"unterminated string #{i}", Encoding.UTF8.GetBytes("{\"query\":\"{ articles { nodes { title } } }" + new string(' ', random.Next(100)))),
                7 => ($"garbage after document #{i}", Encoding.UTF8.GetBytes(valid + " xyz" + random.Next())),
                8 => (i % 20 == 8 ? $"empty body #{i}" : $"whitespace body #{i}", Encoding.UTF8.GetBytes(new string(' ', i % 20 == 8 ? 0 : 1 + random.Next(50)))),
                _ => Corrupted(random, valid),
            };
        }
    }

    private static (string, byte[]) Truncated(Random random, string valid)
    {
        var length = 1 + random.Next(valid.Length - 1);
        return ($"truncated at {length}", Encoding.UTF8.GetBytes(valid[..length]));
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        // A random body that opens like an object cannot be an accidental valid request.
        bytes[0] = (byte)'{';
        return bytes;
    }

    private static (string, byte[]) DeepNesting(Random random)
    {
        var depth = 65 + random.Next(5000);
        var open = random.Next(2) == 0 ? '[' : '{';
        var inner = open == '['
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        return ($"JSON nested {depth} deep in variables", Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + inner + "}}"));
    }

    private static (string, byte[]) Syntax(Random random, string valid)
    {
        string[] variants =
        [
            valid.Replace('"', '\''), valid.Replace("}\"}", "}\",}"), "{query:\"{ __typename }\"}", "// comment\n" + valid,
            valid.Replace("\"query\"", "\"query\" "+ "\"x\""), "{\"query\":\"{ __typename }\" \"variables\":{}}", "{\"query\":NaN}",
            "{\"query\":\"{ __typename }\",\"variables\":{\"a\":undefined}}", "{\"query\":\"\\x41\"}", "{\"query\":\"\\u12\"}",
        ];
        var index = random.Next(variants.Length);
        return ($"JSON syntax variant {index}", Encoding.UTF8.GetBytes(variants[index]));
    }

    private static (string, byte[]) Corrupted(Random random, string valid)
    {
        var chars = valid.ToCharArray();
        // The JSON punctuation around the one string member: replacing any of it always breaks the JSON, whereas
        // braces inside the query string are GraphQL, not JSON.
        int[] structural = [0, 1, 7, 8, 9, chars.Length - 2, chars.Length - 1];
        char[] replacements = ['}', ']', ',', '\\', '{'];
        var at = structural[random.Next(structural.Length)];
        chars[at] = replacements.First(r => r != chars[at] && !(at == 0 && r == '{'));
        return ($"JSON punctuation at {at} corrupted", Encoding.UTF8.GetBytes(new string(chars)));
    }
}
