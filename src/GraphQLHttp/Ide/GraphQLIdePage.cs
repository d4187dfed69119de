using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphQLHttp;

/// <summary>
/// Serves Banana Cake Pop, copied next to the application by <c>build/QueryableGraphQL.Ide.targets</c>, to browsers
/// that open the GraphQL path. The IDE reads <c>bcp-config.json</c> next to its page: it is pointed at this endpoint
/// and its telemetry is switched off.
/// </summary>
internal sealed class GraphQLIdePage
{
    public const string ConfigFileName = "bcp-config.json";
    private readonly string _path;
    private readonly Lazy<string> _indexHtml;

    public GraphQLIdePage(string path, bool enabled, string folder, ILogger<GraphQLIdePage> logger)
    {
        _path = path.TrimEnd('/');
        Folder = folder;
        var indexFile = System.IO.Path.Combine(folder, "index.html");
        IsAvailable = enabled && File.Exists(indexFile);
        if (enabled && !IsAvailable)
        {
            logger.LogWarning("GraphQL IDE is enabled but {IndexFile} is missing; import QueryableGraphQL.Ide.targets in the host project", indexFile);
        }

        // Relative asset URLs must resolve under the GraphQL path whether or not the browser URL has a trailing slash.
        _indexHtml = new Lazy<string>(() => File.ReadAllText(indexFile).Replace("<head>", $"<head><base href=\"{_path}/\"/>", StringComparison.Ordinal));
    }

    public string Folder { get; }

    public bool IsAvailable { get; }

    /// <summary>A browser navigation (GET, Accept text/html, no query) gets the IDE; API calls never do.</summary>
    public bool ShouldServe(HttpRequest request)
        => IsAvailable && HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
           && !request.Query.ContainsKey("documentId") && !request.Query.ContainsKey("extensions")
           && GraphQLMediaTypes.AcceptsHtml(request);

    public Task ServeAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(_indexHtml.Value, context.RequestAborted);
    }

    public Task ServeConfigAsync(HttpContext context)
    {
        var config = new Dictionary<string, object>
        {
            ["useBrowserUrlAsEndpoint"] = true,
            ["endpoint"] = _path,
            ["disableTelemetry"] = true,
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(config), context.RequestAborted);
    }
}
