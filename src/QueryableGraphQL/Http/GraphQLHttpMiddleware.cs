using System.Diagnostics;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QueryableGraphQL.Diagnostics;

namespace QueryableGraphQL.Http;

/// <summary>The GraphQL-over-HTTP endpoint: reads the request, executes it within the limits and writes the response.</summary>
internal sealed class GraphQLHttpMiddleware(
    GraphQLHttpRequestReader reader,
    OperationSelector operations,
    GraphQLResponseWriter writer,
    GraphQLIdePage idePage,
    SqlCommandRecorder sqlRecorder,
    GraphQLServerTiming serverTiming,
    IOptions<GraphQLHttpOptions> httpOptions,
    IOptions<GraphQLLimitsOptions> limits,
    ILogger<GraphQLHttpMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (idePage.ShouldServe(context.Request))
        {
            await idePage.ServeAsync(context).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        using var sql = sqlRecorder.BeginScope();
        var metrics = new GraphQLRequestMetrics();
        string? operationName = null;
        var status = StatusCodes.Status499ClientClosedRequest;
        try
        {
            var mediaType = GraphQLMediaTypes.SelectResponseType(context.Request);
            if (mediaType is null)
            {
                status = await WriteFailureAsync(context, sql, started, GraphQLMediaTypes.Json, new GraphQLRequestFailure(
                    StatusCodes.Status406NotAcceptable, GraphQLErrorCodes.NotAcceptable,
                    $"Accept must allow {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.")).ConfigureAwait(false);
                return;
            }

            var (request, failure) = await reader.ReadAsync(context).ConfigureAwait(false);
            operationName = request?.OperationName;
            var isGet = HttpMethods.IsGet(context.Request.Method);
            GraphQLDocument? document = null;
            if (request is not null)
            {
                (document, failure) = operations.Inspect(request.Query!, request.OperationName, isGet);
            }

            if (failure is not null || request is null)
            {
                status = await WriteFailureAsync(context, sql, started, mediaType, failure!).ConfigureAwait(false);
                return;
            }

            var (result, plan) = await ExecuteAsync(context, request, document, mediaType, metrics).ConfigureAwait(false);
            serverTiming.Apply(context, sql, Stopwatch.GetElapsedTime(started));
            status = await writer.WriteAsync(context, result, plan).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; its cancellation already stopped the resolvers and their SQL.
        }
        finally
        {
            logger.LogInformation(
                "GraphQL {OperationName} answered {StatusCode} in {ElapsedMs:0.0} ms: {SqlStatements} SQL statements ({SqlMs:0.0} ms), cost {Cost}",
                operationName ?? "(anonymous)", status, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                sql.Count, sql.Duration.TotalMilliseconds, metrics.Cost);
        }
    }

    private async Task<(ExecutionResult, GraphQLResponsePlan)> ExecuteAsync(
        HttpContext context, GraphQLHttpRequest request, GraphQLDocument? document, string mediaType, GraphQLRequestMetrics metrics)
    {
        var timeout = TimeSpan.FromSeconds(limits.Value.ExecutionTimeoutSeconds);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeoutSource.CancelAfter(timeout);
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        ExecutionResult result;
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
                UserContext = new Dictionary<string, object?> { [GraphQLRequestMetrics.UserContextKey] = metrics },
                CancellationToken = timeoutSource.Token,
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            result = new ExecutionResult { Executed = true };
        }

        // Providers do not all surface cancelled SQL as OperationCanceledException, so the token decides.
        if (timeoutSource.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            var timedOut = new ExecutionResult { Executed = true, Errors = [new ExecutionError(
                $"The request did not complete within {timeout.TotalSeconds:0.#} seconds and was cancelled.") { Code = GraphQLErrorCodes.Timeout }] };
            var timeoutStatus = mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status200OK;
            return (timedOut, new GraphQLResponsePlan(timeoutStatus, mediaType, 0));
        }

        context.RequestAborted.ThrowIfCancellationRequested();
        var status = result.Executed || mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        var cacheable = HttpMethods.IsGet(context.Request.Method) && result.Executed && result.Errors is not { Count: > 0 }
            && result.Operation?.Operation == OperationType.Query;
        return (result, new GraphQLResponsePlan(status, mediaType, cacheable ? httpOptions.Value.MaxAgeSeconds : 0));
    }

    private async Task<int> WriteFailureAsync(HttpContext context, SqlCommandLog sql, long started, string mediaType, GraphQLRequestFailure failure)
    {
        if (failure.Allow is { } allow)
        {
            context.Response.Headers.Allow = allow;
        }

        serverTiming.Apply(context, sql, Stopwatch.GetElapsedTime(started));
        return await writer.WriteFailureAsync(context, failure, mediaType).ConfigureAwait(false);
    }
}
