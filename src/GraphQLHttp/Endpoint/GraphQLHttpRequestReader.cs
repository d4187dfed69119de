using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GraphQLHttp;

/// <summary>
/// Everything the transport checks before a query may run: method, media types, body size, parameter types,
/// persisted query resolution and query length.
/// </summary>
internal sealed class GraphQLHttpRequestReader(
    IGraphQLSerializer serializer,
    PersistedQueryResolver persistedQueries,
    IOptions<GraphQLLimitsOptions> limits)
{
    private readonly GraphQLRequestParser _parser = new(serializer);

    public async Task<(GraphQLHttpRequest? Request, GraphQLRequestFailure? Failure)> ReadAsync(HttpContext context)
    {
        var (request, failure) = await ParseAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return (null, failure);
        }

        var (query, resolveFailure) = await persistedQueries.ResolveAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (query is null)
        {
            return (null, resolveFailure ?? GraphQLRequestFailure.BadRequest("The 'query' parameter is missing or empty."));
        }

        if (query.Length > limits.Value.MaxQueryLength)
        {
            return (null, GraphQLRequestFailure.BeforeExecution(GraphQLErrorCodes.QueryTooLong,
                $"The query is {query.Length} characters long; the maximum is {limits.Value.MaxQueryLength}."));
        }

        return (request with { Query = query }, null);
    }

    private async Task<(GraphQLHttpRequest?, GraphQLRequestFailure?)> ParseAsync(HttpContext context)
    {
        var httpRequest = context.Request;
        if (HttpMethods.IsGet(httpRequest.Method))
        {
            return _parser.ParseQueryString(httpRequest.Query);
        }

        if (!HttpMethods.IsPost(httpRequest.Method))
        {
            return (null, new GraphQLRequestFailure(StatusCodes.Status405MethodNotAllowed, GraphQLErrorCodes.MethodNotAllowed,
                $"{httpRequest.Method} is not supported; use GET for queries or POST.") { Allow = "GET, POST" });
        }

        if (!GraphQLMediaTypes.IsJsonRequest(httpRequest))
        {
            return (null, new GraphQLRequestFailure(StatusCodes.Status415UnsupportedMediaType, GraphQLErrorCodes.UnsupportedMediaType,
                "POST requests must have Content-Type: application/json (UTF-8)."));
        }

        var (body, failure) = await RequestBodyReader.ReadAsync(context, limits.Value.MaxRequestBodyBytes).ConfigureAwait(false);
        return failure is null ? _parser.ParseBody(body) : (null, failure);
    }
}
