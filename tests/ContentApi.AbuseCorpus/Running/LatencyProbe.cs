using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>The median time of the README's example query, sent one at a time.</summary>
internal static class LatencyProbe
{
    public const string ExampleQuery = "{ articles(first: 10) { totalCount nodes { title publishedAt quotes { text source { name role organization } } } } }";

    // Enough warm-up for the server's JIT to settle, so the baseline is not a cold start.
    private const int Warmup = 100;
    private const int Samples = 30;

    /// <summary>The p50 in milliseconds, or null with the reason when the query does not succeed.</summary>
    public static async Task<(double? P50, string? Problem)> MeasureAsync(HttpClient client)
    {
        var times = new List<double>();
        for (var i = 0; i < Warmup + Samples; i++)
        {
            using var content = new StringContent(Corpus.GraphQLJson.Body(ExampleQuery), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            var stopwatch = Stopwatch.StartNew();
            try
            {
                using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                using var response = await client.PostAsync(Corpus.Requests.Endpoint, content, cancellation.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(cancellation.Token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
                {
                    return (null, $"the example query failed: {(int)response.StatusCode} {ResponseChecker.Excerpt(body)}");
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
            {
                return (null, "the example query failed: " + exception.Message);
            }

            if (i >= Warmup)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (times[times.Count / 2], null);
    }
}
