using System.Security.Cryptography;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphQLHttp;

/// <summary>
/// Serializes results and applies HTTP caching: a successful GET query gets <c>Cache-Control: public</c> and a strong
/// ETag of its body, and a matching <c>If-None-Match</c> is answered with 304. Everything else is marked uncacheable,
/// and anything answered to a request with an <c>Authorization</c> header is <c>private, no-store</c>.
/// With CORS origins configured, cached responses vary by <c>Origin</c> too, since their CORS headers do.
/// </summary>
internal sealed class GraphQLResponseWriter(IGraphQLSerializer serializer, IOptions<GraphQLCorsOptions> cors)
{
    private readonly string _vary = cors.Value.Origins.Length > 0 ? "Accept, Origin" : "Accept";

    public async Task<int> WriteAsync(HttpContext context, ExecutionResult result, GraphQLResponsePlan plan)
    {
        using var buffer = new PooledResponseBuffer();
        await serializer.WriteAsync(buffer, result, context.RequestAborted).ConfigureAwait(false);
        var response = context.Response;
        var headers = response.GetTypedHeaders();
        var statusCode = plan.StatusCode;
        if (plan.MaxAgeSeconds > 0)
        {
            var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(buffer.Written.Span))}\"");
            headers.ETag = etag;
            headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(plan.MaxAgeSeconds) };
            response.Headers.Vary = _vary;
            if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: true) || tag.Equals(EntityTagHeaderValue.Any)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return StatusCodes.Status304NotModified;
            }
        }
        else if (HasCredentials(context.Request))
        {
            // What a caller with credentials sees may be private to it (an editor's drafts): no cache may keep it.
            headers.CacheControl = new CacheControlHeaderValue { Private = true, NoStore = true };
        }
        else if (HttpMethods.IsGet(context.Request.Method))
        {
            headers.CacheControl = new CacheControlHeaderValue { NoStore = true };
        }

        response.StatusCode = statusCode;
        response.ContentType = plan.MediaType + "; charset=utf-8";
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.Written, context.RequestAborted).ConfigureAwait(false);
        return statusCode;
    }

    public static bool HasCredentials(HttpRequest request) => request.Headers.ContainsKey(HeaderNames.Authorization);

    public Task<int> WriteFailureAsync(HttpContext context, GraphQLRequestFailure failure, string mediaType)
    {
        var error = new ExecutionError(failure.Message) { Code = failure.Code };
        if (failure.CorrelationId is { } correlationId)
        {
            error.Data["correlationId"] = correlationId;
        }

        var result = new ExecutionResult { Errors = [error] };
        var status = failure.StatusCode
            ?? (mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
        return WriteAsync(context, result, new GraphQLResponsePlan(status, mediaType, 0));
    }
}
