using System.Text;

namespace GraphQLHttp.Tests;

/// <summary>The documents of issue 9's denial-of-service cases, sized by a parameter, against the test schema.</summary>
internal static class HostileDocuments
{
    /// <summary>Fragment i spreads fragment i-1 twice: <paramref name="fragments"/> fragments expand to 2^n selections.</summary>
    public static string DoublingFragments(int fragments)
    {
        var text = new StringBuilder($"query {{ ...F{fragments - 1} }}\nfragment F0 on Query {{ hello }}\n");
        for (var i = 1; i < fragments; i++)
        {
            text.Append($"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        }

        return text.ToString();
    }

    /// <summary>Fragment i spreads fragment i-1 once.</summary>
    public static string FragmentChain(int fragments)
    {
        var text = new StringBuilder($"query {{ ...F{fragments - 1} }}\nfragment F0 on Query {{ hello }}\n");
        for (var i = 1; i < fragments; i++)
        {
            text.Append($"fragment F{i} on Query {{ hello ...F{i - 1} }}\n");
        }

        return text.ToString();
    }

    public static string UndefinedSpreads(int spreads) => "{ " + Repeat("...x ", spreads) + "}";

    public static string RepeatedDirective(int directives) => "{ hello " + Repeat("@skip(if: false) ", directives) + "}";

    public static string SameFieldRepeated(int fields) => "{ " + Repeat("hello ", fields) + "}";

    /// <summary>A list literal nested <paramref name="depth"/> deep as an argument.</summary>
    public static string NestedListLiteral(int depth) => "{ echo(text: " + new string('[', depth) + "\"x\"" + new string(']', depth) + ") }";

    /// <summary><c>__schema { types { interfaces { possibleTypes { interfaces { … } } } } }</c>, <paramref name="pairs"/> pairs deep.</summary>
    public static string IntrospectionCycle(int pairs)
    {
        var open = new StringBuilder("{ __schema { types { ");
        for (var i = 0; i < pairs; i++)
        {
            open.Append("interfaces { possibleTypes { ");
        }

        open.Append("name ");
        open.Append(Repeat("} } ", pairs));
        return open.Append("} } }").ToString();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
