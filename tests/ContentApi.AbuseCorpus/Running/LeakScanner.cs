using System.Text.RegularExpressions;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>Finds internal detail in a response body: stack traces, exception and internal type names, source paths, SQL, connection strings.</summary>
internal static partial class LeakScanner
{
    // Non-backtracking: bodies reach megabytes of echoed input, and a backtracking \w* over a long word is quadratic.
    private static readonly (string Name, Regex Pattern)[] Patterns =
    [
        ("stack frame", StackFrame()),
        ("exception type", ExceptionName()),
        ("source line", SourceLine()),
        ("internal type name", TypeName()),
        ("SQL text", Sql()),
        ("connection string", ConnectionString()),
        ("file path", FilePath()),
        ("database error", DatabaseError()),
    ];

    /// <summary>The first leak found, as "what: excerpt", or null.</summary>
    public static string? Find(string body)
    {
        foreach (var (name, pattern) in Patterns)
        {
            var match = pattern.Match(body);
            if (match.Success)
            {
                var start = Math.Max(0, match.Index - 40);
                var excerpt = body.Substring(start, Math.Min(body.Length - start, match.Length + 80)).ReplaceLineEndings(" ");
                return $"{name}: …{excerpt}…";
            }
        }

        return null;
    }

    [GeneratedRegex(@"(^|\n|\\n)\s*at [\w.`<>\[\]]+\(", RegexOptions.NonBacktracking)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b\w*Exception\b", RegexOptions.NonBacktracking)]
    private static partial Regex ExceptionName();

    [GeneratedRegex(@"\.cs:line \d+|\.cs\(\d+", RegexOptions.NonBacktracking)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\b(System|Microsoft|GraphQL|GraphQLParser|GraphQLHttp|QueryableGraphQL|ContentApi|Npgsql|SQLitePCL)\.[A-Z][A-Za-z]+\.[A-Z]", RegexOptions.NonBacktracking)]
    private static partial Regex TypeName();

    [GeneratedRegex(@"\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\s+[""\w*]|\bFROM\s+""\w+""|\bWHERE\s+""\w+""", RegexOptions.NonBacktracking)]
    private static partial Regex Sql();

    [GeneratedRegex(@"(Data Source|Server|Host|User ID|Password|Initial Catalog)\s*=", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ConnectionString();

    [GeneratedRegex(@"(/home/|/root/|/work/|/tmp/|/app/|/usr/share/dotnet|/_/src/|[A-Z]:\\\\)", RegexOptions.NonBacktracking)]
    private static partial Regex FilePath();

    [GeneratedRegex(@"SQLite Error|SQLITE_|PostgresException|SqlException|no such (table|column)|LIKE or GLOB pattern", RegexOptions.NonBacktracking)]
    private static partial Regex DatabaseError();
}
