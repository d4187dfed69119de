// A file-based app, not part of the benchmark project (its csproj removes Interleaved/** from Compile):
//   dotnet run -c Release tests/ContentApi.Benchmarks/Interleaved/related.cs -- <corpus.db> [rounds] [related|search]
// On a shared, loaded machine BenchmarkDotNet's one-benchmark-after-another runs see different loads, so its
// ratios drift. This sends the compared requests alternately, in one process, in a random order per round,
// and reports the median of the per-round ratios, and allocations per request measured in blocks.
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
#:package Microsoft.AspNetCore.Mvc.Testing@10.0.15
#:project ../../../src/ContentApi/ContentApi.csproj
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContentApi.Benchmarks.Interleaved;

public static class RelatedInterleaved
{
    private const string Slug = "synthetic-000777";

    private const string FirstPage = "{ articles(first: 50, order: [{ publishedAt: DESC }]) { nodes { id title publishedAt } pageInfo { hasNextPage endCursor } } }";

    private static readonly (string Name, string Baseline, string Query)[] RelatedPairs =
    [
        ("20 x related(first: 5) vs page 1", FirstPage, "{ articles(first: 20) { nodes { title related(first: 5) { score article { title } } } } }"),
        ("article + related(first: 5) vs article",
            $$"""{ article(slug: "{{Slug}}") { title publishedAt } }""",
            $$"""{ article(slug: "{{Slug}}") { title publishedAt related(first: 5) { score article { title } } } }"""),
    ];

    // The searches of ArticleQueryBenchmarks: "costs rise" matches 1,030 of 100,002 articles, "grid reform" 82,573.
    private static readonly (string Name, string Baseline, string Query)[] SearchPairs =
    [
        ("selective search vs page 1", FirstPage, Search("costs rise")),
        ("common search vs page 1", FirstPage, Search("grid reform")),
        ("common search joined first (where: status PUBLISHED) vs ranked first", Search("grid reform"), Search("grid reform", ", where: { status: { eq: PUBLISHED } }")),
        ("common search with vs without highlights", Search("grid reform", highlights: false), Search("grid reform")),
        ("common search with vs without totalCount", Search("grid reform"), Search("grid reform", totalCount: true)),
    ];

    private static string Search(string words, string where = "", bool highlights = true, bool totalCount = false) =>
        $$"""{ search(query: "{{words}}", first: 20{{where}}) { {{(totalCount ? "totalCount " : "")}}edges { score node { title slug publishedAt } {{(highlights ? "highlights { field segments { text match } } " : "")}}} pageInfo { hasNextPage endCursor } } }""";

    public static async Task Main(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 400;
        var pairs = args.Length > 2 && args[2] == "search" ? SearchPairs : RelatedPairs;
        // WebApplicationFactory finds the host's content root from the test project's files, which a script has not.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CONTENTAPI", Path.GetFullPath(Path.Combine(ScriptFolder(), "../../../src/ContentApi")));
        using var host = new Host(args[0]);
        using var client = host.CreateClient();
        var stopwatch = Stopwatch.StartNew();
        await SendAsync(client, pairs[0].Query);
        Console.WriteLine($"first related request (builds the index): {stopwatch.Elapsed.TotalMilliseconds:0} ms");
        foreach (var (_, baseline, query) in pairs)
        {
            for (var i = 0; i < Math.Min(200, rounds); i++)
            {
                await SendAsync(client, baseline);
                await SendAsync(client, query);
            }
        }

        var random = new Random(12);
        foreach (var (name, baseline, query) in pairs)
        {
            var ratios = new List<double>();
            var (baseTimes, queryTimes) = (new List<double>(), new List<double>());
            for (var round = 0; round < rounds; round++)
            {
                var baseFirst = random.Next(2) == 0;
                var a = await TimeAsync(client, baseFirst ? baseline : query);
                var b = await TimeAsync(client, baseFirst ? query : baseline);
                var (t0, t1) = baseFirst ? (a, b) : (b, a);
                baseTimes.Add(t0);
                queryTimes.Add(t1);
                ratios.Add(t1 / t0);
            }

            var (baseAlloc, queryAlloc) = (await AllocatedAsync(client, baseline), await AllocatedAsync(client, query));
            Console.WriteLine(
                $"{name}: median ratio {Median(ratios):0.00} (ratio of medians {Median(queryTimes) / Median(baseTimes):0.00}); "
                + $"p50 {Median(queryTimes):0.000} ms vs {Median(baseTimes):0.000} ms; "
                + $"allocated {queryAlloc / 1024:0.0} KB vs {baseAlloc / 1024:0.0} KB per request; {rounds} rounds");
        }
    }

    private static async Task<double> TimeAsync(HttpClient client, string query)
    {
        var started = Stopwatch.GetTimestamp();
        await SendAsync(client, query);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static async Task<double> AllocatedAsync(HttpClient client, string query)
    {
        const int Block = 100;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Block; i++)
        {
            await SendAsync(client, query);
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)Block;
    }

    private static async Task SendAsync(HttpClient client, string query)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { query }));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/graphql", content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\""))
        {
            throw new InvalidOperationException($"{query} answered {(int)response.StatusCode}: {body}");
        }
    }

    private static string ScriptFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>The real host on the given file, as the benchmark project starts it: Production, quiet logs, a cursor key, no rate limit.</summary>
    private sealed class Host(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Content", $"Data Source={databasePath}");
            builder.UseSetting("Seed:SyntheticArticles", Path.GetFileName(databasePath).Split('-')[1]);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("GraphQL:Limits:RequestsPerWindow", "0");
            builder.UseSetting("GraphQL:Paging:CursorSigningKey", "contentapi-benchmarks-cursor-signing-key-0123");
        }
    }
}
