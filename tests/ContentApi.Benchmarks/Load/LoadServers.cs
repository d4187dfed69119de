namespace ContentApi.Benchmarks.Load;

/// <summary>
/// Starts both arms on one corpus with the same settings: Production, Server GC, logging at Warning, the same
/// cursor key and related-score constants. The API's rate limiter is off (<c>GraphQL:Limits:RequestsPerWindow=0</c>):
/// otherwise a load test measures 429s. Its Server-Timing header is on, for the statement count.
/// </summary>
internal sealed class LoadServers : IAsyncDisposable
{
    public const string CursorSigningKey = "contentapi-benchmarks-cursor-key";

    private LoadServers(ServerProcess api, ServerProcess baseline)
    {
        Api = api;
        Baseline = baseline;
    }

    public ServerProcess Api { get; }

    public ServerProcess Baseline { get; }

    public static async Task<LoadServers> StartAsync(RepositoryLayout layout, CorpusFacts corpus, string logFolder)
    {
        var shared = new Dictionary<string, string>
        {
            ["ConnectionStrings:Content"] = $"Data Source={corpus.DatabasePath}",
            ["GraphQL:Paging:CursorSigningKey"] = CursorSigningKey,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        var api = await ServerProcess.StartAsync("arm A (the API)", layout.ApiDll, [], new Dictionary<string, string>(shared)
        {
            // The same N the file was built with: a smaller one would make start-up delete articles.
            ["Seed:SyntheticArticles"] = corpus.Articles.ToString(),
            ["GraphQL:Limits:RequestsPerWindow"] = "0",
            ["GraphQL:Http:ServerTiming"] = "true",
        }, Path.Combine(logFolder, $"api-{corpus.Articles}.log"), "/graphql");
        try
        {
            var baseline = await ServerProcess.StartAsync("arm B (baseline)", layout.BenchmarksDll, ["baseline"], shared,
                Path.Combine(logFolder, $"baseline-{corpus.Articles}.log"), "/search?title=x");
            return new LoadServers(api, baseline);
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Baseline.DisposeAsync();
        await Api.DisposeAsync();
    }
}
