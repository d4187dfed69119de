using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContentApi.CostLadder;

/// <summary>
/// Prints static cost against measured time for a ladder of filters on a large corpus:
/// <c>dotnet run -c Release --project tests/ContentApi.CostLadder [-- articles]</c>. The corpus (seeds plus N
/// synthetic articles, default 100,000) is built by the host's own start-up import into a file in the temp folder
/// and reused by later runs. Named apart from the API's <c>Program</c>, which the host factory starts.
/// </summary>
public static class LadderEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        // The host factory finds the API's content root through the manifest beside the binaries, read from the
        // working folder; dotnet run starts in the project folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var database = Path.Combine(Path.GetTempPath(), $"contentapi-cost-ladder-{articles}.db");
        var loading = Stopwatch.StartNew();
        using var timing = new LadderHost(database, articles, maxComplexity: int.MaxValue);
        var timed = timing.CreateClient();
        Console.WriteLine($"Corpus of {articles} synthetic articles ready in {loading.Elapsed.TotalSeconds:0.0} s ({database})");
        // A ceiling of 0 refuses every operation with its computed cost in the message: the cost the real pipeline sees.
        using var costing = new LadderHost(database, articles, maxComplexity: 0);
        var costed = costing.CreateClient();

        Console.WriteLine();
        Console.WriteLine("| Arguments | Cost | Median ms (3 runs) | totalCount |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, arguments) in LadderQueries.Filters)
        {
            var query = LadderQueries.Query(arguments);
            var cost = Cost(await PostAsync(costed, query));
            var total = (int)(await PostAsync(timed, query))["data"]!["articles"]!["totalCount"]!;
            var runs = new List<double>();
            for (var run = 0; run < 3; run++)
            {
                var stopwatch = Stopwatch.StartNew();
                await PostAsync(timed, query);
                runs.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"| {name} | {cost:0} | {runs.Order().ElementAt(1):0.0} | {total} |");
        }
        return 0;
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static double Cost(JsonNode refused)
    {
        var message = (string?)refused["errors"]?[0]?["message"] ?? "";
        var match = Regex.Match(message, @"cost is ([0-9.]+)");
        return match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"No cost in: {refused.ToJsonString()}");
    }
}
