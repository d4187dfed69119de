using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphQLHttp;

/// <summary>
/// Runs a checked request under its budget and decides how the result goes out: status per media type, TIMEOUT
/// when the budget ran out, and a public cache lifetime only for error-free GET queries sent without credentials.
/// </summary>
internal sealed class GraphQLRequestExecutor(IOptions<GraphQLHttpOptions> httpOptions, IOptions<GraphQLLimitsOptions> limits)
{
    /// <summary>Starts the request's budget; parsing and inspecting the document already count against it.</summary>
    public RequestBudget StartBudget(HttpContext context)
        => new(context.RequestAborted, TimeSpan.FromSeconds(limits.Value.ExecutionTimeoutSeconds));

    public async Task<(ExecutionResult Result, GraphQLResponsePlan Plan)> ExecuteAsync(
        HttpContext context, GraphQLHttpRequest request, GraphQLDocument? document, string mediaType, GraphQLRequestMetrics metrics, RequestBudget budget)
    {
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        ExecutionResult? result = null;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = context.RequestServices,
                User = context.User,
                UserContext = new Dictionary<string, object?>
                {
                    [GraphQLRequestMetrics.UserContextKey] = metrics,
                    [DocumentCache.HashKey] = request.QueryHash,
                },
                CancellationToken = budget.Token,
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget.IsExhausted)
        {
            // Answered below as TIMEOUT.
        }

        context.RequestAborted.ThrowIfCancellationRequested();
        metrics.OperationName = result?.Operation?.Name?.StringValue;
        metrics.OperationType = result?.Operation?.Operation.ToString().ToLowerInvariant();

        // Providers do not all surface cancelled SQL as OperationCanceledException, so the token decides.
        if (result is null || budget.IsExhausted)
        {
            var timedOut = new ExecutionResult
            {
                Executed = true,
                Errors = [new ExecutionError($"The request did not complete within {budget.Limit.TotalSeconds:0.#} seconds and was cancelled.") { Code = GraphQLErrorCodes.Timeout }],
            };
            var timeoutStatus = mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status200OK;
            return (timedOut, new GraphQLResponsePlan(timeoutStatus, mediaType, 0));
        }

        ValidationErrorList.Truncate(result);

        // A request error (parse, validation, variables) is the client's; a failure before execution caused by the
        // server, such as a broken schema, is not, so it keeps 200 like any other INTERNAL error.
        var isRequestError = !result.Executed && result.Errors?.All(error => error is not UnhandledError) != false;
        var status = isRequestError && mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        var cacheable = HttpMethods.IsGet(context.Request.Method) && result.Executed && result.Errors is not { Count: > 0 }
            && result.Operation?.Operation == OperationType.Query && !GraphQLResponseWriter.HasCredentials(context.Request);
        return (result, new GraphQLResponsePlan(status, mediaType, cacheable ? httpOptions.Value.MaxAgeSeconds : 0));
    }
}
