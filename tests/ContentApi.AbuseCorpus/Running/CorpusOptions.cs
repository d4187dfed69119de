using System.Globalization;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>The runner's command line.</summary>
internal sealed record CorpusOptions(Uri BaseUrl)
{
    public const string Usage = """
        usage: ContentApi.AbuseCorpus <base-url> [options]
          --seed N               corpus seed (default 9)
          --budget-ms N          slowest acceptable answer to a request (default 1000)
          --slow-client-ms N     a trickled body must get 408 within this (default 15000)
          --concurrency N        requests in flight (default 4)
          --max-seconds N        stop starting requests after this; the rest fail (default 150)
          --per-client N         requests per loopback client address, under the server's rate limit (default 400)
          --server-pid N         check the server's CPU returns to idle afterwards (/proc; children included)
          --latency-factor X     normal-query p50 after / before must stay within X (default 3)
          --latency-slack-ms N   plus this absolute slack (default 25)
          --category NAME        run only this category (repeatable)
          --skip-kind NAME       leave out this kind of case, e.g. fragment-fanout (repeatable)
          --cursor-signing-key K key to sign forged cursors with (default: the server's development key)
          --examples N           failing examples printed per category (default 5)
          --results FILE         also write every result as tab-separated lines
        """;

    public int Seed { get; init; } = 9;
    public int BudgetMs { get; init; } = 1000;
    public int SlowClientMs { get; init; } = 15000;
    public int Concurrency { get; init; } = 4;
    public int MaxSeconds { get; init; } = 150;
    public int PerClient { get; init; } = 400;
    public int? ServerPid { get; init; }
    public double LatencyFactor { get; init; } = 3;
    public int LatencySlackMs { get; init; } = 25;
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> SkippedKinds { get; init; } = [];
    public string CursorSigningKey { get; init; } = Corpus.CorpusFacts.DefaultSigningKey;
    public int Examples { get; init; } = 5;
    public string? ResultsPath { get; init; }

    /// <summary>The options, or null (with a message on stderr) when the command line is wrong.</summary>
    public static CorpusOptions? Parse(string[] args)
    {
        if (args.Length == 0 || !Uri.TryCreate(args[0].TrimEnd('/'), UriKind.Absolute, out var baseUrl))
        {
            return null;
        }

        var options = new CorpusOptions(baseUrl);
        var categories = new List<string>();
        var skipped = new List<string>();
        for (var i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"missing value after {args[i]}");
                return null;
            }

            var value = args[i + 1];
            options = args[i] switch
            {
                "--seed" => options with { Seed = Int(value) },
                "--budget-ms" => options with { BudgetMs = Int(value) },
                "--slow-client-ms" => options with { SlowClientMs = Int(value) },
                "--concurrency" => options with { Concurrency = Int(value) },
                "--max-seconds" => options with { MaxSeconds = Int(value) },
                "--per-client" => options with { PerClient = Int(value) },
                "--server-pid" => options with { ServerPid = Int(value) },
                "--latency-factor" => options with { LatencyFactor = double.Parse(value, CultureInfo.InvariantCulture) },
                "--latency-slack-ms" => options with { LatencySlackMs = Int(value) },
                "--cursor-signing-key" => options with { CursorSigningKey = value },
                "--examples" => options with { Examples = Int(value) },
                "--results" => options with { ResultsPath = value },
                "--category" => Add(options, categories, value),
                "--skip-kind" => Add(options, skipped, value),
                _ => null,
            };
            if (options is null)
            {
                Console.Error.WriteLine($"unknown option {args[i]}");
                return null;
            }
        }

        return options with { Categories = categories, SkippedKinds = skipped };
    }

    private static CorpusOptions Add(CorpusOptions options, List<string> values, string value)
    {
        values.Add(value);
        return options;
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    /// <summary>Whether the command line selects this case.</summary>
    public bool Selects(Corpus.AbuseCase @case) =>
        (Categories.Count == 0 || Categories.Contains(@case.Category)) && !SkippedKinds.Contains(@case.Kind);
}
