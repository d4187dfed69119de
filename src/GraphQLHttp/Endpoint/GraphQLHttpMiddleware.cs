using System.Diagnostics;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphQLHttp;

/// <summary>
/// The GraphQL-over-HTTP endpoint: serves the IDE to browsers, otherwise reads and checks the request, executes it
/// and writes the response, with one SQL recording scope and one log line per request.
/// </summary>
internal sealed class GraphQLHttpMiddleware(
    GraphQLHttpRequestReader reader,
    OperationSelector operations,
    GraphQLRequestExecutor executor,
    GraphQLResponseWriter writer,
    GraphQLIdePage idePage,
    IDataAccessRecorder dataAccess,
    GraphQLServerTiming serverTiming,
    GraphQLOperationTelemetry telemetry,
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
        using var activity = GraphQLOperationTelemetry.Start();
        using var sql = dataAccess.BeginRequest();
        var metrics = new GraphQLRequestMetrics();
        var status = StatusCodes.Status499ClientClosedRequest;
        var mediaType = GraphQLMediaTypes.Json;
        try
        {
            status = await HandleAsync(context, sql, started, metrics, selected => mediaType = selected).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; its cancellation already stopped the resolvers and their SQL.
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // Kestrel's verdict on a malformed or too slow request: the client's mistake, answered with its status.
            logger.LogDebug(exception, "GraphQL request refused by the server: {Reason}", exception.Message);
            context.Response.Clear();
            status = await writer.WriteFailureAsync(context, new GraphQLRequestFailure(exception.StatusCode,
                exception.StatusCode == StatusCodes.Status408RequestTimeout ? GraphQLErrorCodes.RequestTimeout : GraphQLErrorCodes.BadRequest,
                exception.Message), mediaType).ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            // Transport failures are answered like resolver failures: an INTERNAL error naming the log entry.
            var correlationId = Guid.NewGuid().ToString("N");
            logger.LogError(exception, "GraphQL endpoint failed; correlation id {CorrelationId}", correlationId);
            context.Response.Clear();
            metrics.ErrorCodes = [GraphQLErrorCodes.Internal];
            status = await writer.WriteFailureAsync(context, new GraphQLRequestFailure(StatusCodes.Status200OK, GraphQLErrorCodes.Internal,
                "An unexpected error occurred.") { CorrelationId = correlationId }, mediaType).ConfigureAwait(false);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            // Checked first: the call would box its six arguments into an array even with the level off, as in production.
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(
                    "GraphQL {OperationName} answered {StatusCode} in {ElapsedMs:0.0} ms: {SqlStatements} SQL statements ({SqlMs:0.0} ms), cost {Cost}",
                    metrics.OperationName ?? "(anonymous)", status, elapsed.TotalMilliseconds,
                    sql.Statements, sql.Duration.TotalMilliseconds, metrics.Cost);
            }

            GraphQLOperationTelemetry.Record(activity, metrics, status, sql.Statements, elapsed);
        }
    }

    private async Task<int> HandleAsync(HttpContext context, IDataAccessScope sql, long started, GraphQLRequestMetrics metrics, Action<string> onMediaType)
    {
        var mediaType = GraphQLMediaTypes.SelectResponseType(context.Request);
        if (mediaType is null)
        {
            return await WriteFailureAsync(context, sql, started, metrics, GraphQLMediaTypes.Json, new GraphQLRequestFailure(
                StatusCodes.Status406NotAcceptable, GraphQLErrorCodes.NotAcceptable,
                $"Accept must allow {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.")).ConfigureAwait(false);
        }

        onMediaType(mediaType);
        var (request, failure) = await reader.ReadAsync(context).ConfigureAwait(false);
        metrics.OperationName = request?.OperationName;
        GraphQLDocument? document = null;
        using var budget = executor.StartBudget(context);
        if (request is not null)
        {
            (document, failure) = operations.Inspect(request, HttpMethods.IsGet(context.Request.Method));
        }

        if (request is null || failure is not null)
        {
            return await WriteFailureAsync(context, sql, started, metrics, mediaType, failure!).ConfigureAwait(false);
        }

        var (result, plan) = await executor.ExecuteAsync(context, request, document, mediaType, metrics, budget).ConfigureAwait(false);
        metrics.OperationName ??= request.OperationName;
        telemetry.CollectErrors(metrics, result);
        serverTiming.Apply(context, sql, Stopwatch.GetElapsedTime(started));
        return await writer.WriteAsync(context, result, plan).ConfigureAwait(false);
    }

    private async Task<int> WriteFailureAsync(
        HttpContext context, IDataAccessScope sql, long started, GraphQLRequestMetrics metrics, string mediaType, GraphQLRequestFailure failure)
    {
        metrics.ErrorCodes = [failure.Code];
        if (failure.Allow is { } allow)
        {
            context.Response.Headers.Allow = allow;
        }

        serverTiming.Apply(context, sql, Stopwatch.GetElapsedTime(started));
        return await writer.WriteFailureAsync(context, failure, mediaType).ConfigureAwait(false);
    }
}
