namespace ContentApi.Hosting;

/// <summary>
/// <c>ContentApi healthcheck [url]</c>: GETs a health endpoint and exits 0 on a success status, 1 otherwise. The
/// container's HEALTHCHECK runs it because the runtime image has no curl or wget.
/// </summary>
public static class HealthProbeCommand
{
    public const string Name = "healthcheck";
    public const string DefaultUrl = "http://localhost:8080/health/live";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : DefaultUrl;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException or UriFormatException)
        {
            Console.WriteLine($"{url}: {exception.Message}");
            return 1;
        }
    }
}
