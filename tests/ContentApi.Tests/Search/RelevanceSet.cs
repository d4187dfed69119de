using ContentApi.Api;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Search;

/// <summary>The committed relevance set, <c>relevance-set.json</c> beside this file.</summary>
internal static class RelevanceSet
{
    public static IReadOnlyList<(string Query, IReadOnlyList<string> Expected)> Cases { get; } = Load();

    private static List<(string, IReadOnlyList<string>)> Load()
    {
        var path = Path.Combine(SchemaSdl.RepositoryRoot(AppContext.BaseDirectory), "tests", "ContentApi.Tests", "Search", "relevance-set.json");
        return JObject.Parse(File.ReadAllText(path))["cases"]!
            .Select(c => ((string)c["query"]!, (IReadOnlyList<string>)c["expected"]!.Select(e => (string)e!).ToList()))
            .ToList();
    }
}
