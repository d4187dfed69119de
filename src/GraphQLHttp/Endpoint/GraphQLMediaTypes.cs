using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphQLHttp;

/// <summary>Content negotiation as the GraphQL-over-HTTP specification describes it.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type, or null when the client accepts neither. A missing Accept header and
    /// <c>*/*</c> mean application/json: the specification keeps legacy clients on the type they expect.
    /// </summary>
    public static string? SelectResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        foreach (var candidate in accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (candidate.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (candidate.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || candidate.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || candidate.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>True for application/json with no charset or a UTF-8 charset, the only request body this endpoint reads.</summary>
    public static bool IsJsonRequest(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = contentType.Charset;
        return charset.HasValue is false
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    public static bool AcceptsHtml(HttpRequest request)
        => request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
