using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphQLHttp;

/// <summary>Opens the span of one GraphQL request and, when it is answered, fills it in and records the metrics.</summary>
internal sealed class GraphQLOperationTelemetry(IErrorInfoProvider errorInfo)
{
    public static Activity? Start() => GraphQLHttpTelemetry.Source.StartActivity("GraphQL Operation");

    /// <summary>The <c>extensions.code</c> of each error, as the client sees it.</summary>
    public void CollectErrors(GraphQLRequestMetrics metrics, ExecutionResult result)
        => metrics.ErrorCodes = result.Errors?.Select(e => errorInfo.GetInfo(e).Extensions?["code"] as string ?? GraphQLErrorCodes.ExecutionFailed).ToList() ?? [];

    public static void Record(Activity? activity, GraphQLRequestMetrics metrics, int status, int sqlStatements, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { GraphQLHttpTelemetry.OperationName, metrics.OperationName },
            { GraphQLHttpTelemetry.OperationType, metrics.OperationType },
            { "http.response.status_code", status },
        };
        GraphQLHttpTelemetry.Duration.Record(elapsed.TotalSeconds, tags);
        foreach (var code in metrics.ErrorCodes)
        {
            GraphQLHttpTelemetry.ErrorCount.Add(1, new TagList { { GraphQLHttpTelemetry.ErrorCode, code }, { GraphQLHttpTelemetry.OperationName, metrics.OperationName } });
        }

        if (activity is null)
        {
            return;
        }

        // The GraphQL semantic conventions name the span "<type> <name>", or after the type alone.
        activity.DisplayName = metrics.OperationType is { } type ? $"{type} {metrics.OperationName}".TrimEnd() : "GraphQL Operation";
        activity.SetTag(GraphQLHttpTelemetry.OperationName, metrics.OperationName);
        activity.SetTag(GraphQLHttpTelemetry.OperationType, metrics.OperationType);
        activity.SetTag(GraphQLHttpTelemetry.OperationCost, metrics.Cost);
        activity.SetTag(GraphQLHttpTelemetry.SqlStatements, sqlStatements);
        activity.SetTag("http.response.status_code", status);
        if (metrics.ErrorCodes.Count > 0)
        {
            activity.SetTag(GraphQLHttpTelemetry.ErrorCodes, metrics.ErrorCodes.ToArray());
            activity.SetStatus(ActivityStatusCode.Error, metrics.ErrorCodes[0]);
        }
        else if (status >= StatusCodes.Status500InternalServerError)
        {
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }
}
