namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>The categories of the corpus, in report order.</summary>
internal static class Categories
{
    public const string Transport = "transport";
    public const string Parameters = "parameters";
    public const string Syntax = "syntax";
    public const string Validation = "validation";
    public const string Arguments = "arguments";
    public const string PersistedQueries = "persisted";

    public static IReadOnlyList<string> All { get; } = [Transport, Parameters, Syntax, Validation, Arguments, PersistedQueries];
}
