using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraphQLHttp;

/// <summary>
/// The endpoint's traces and metrics, with no OpenTelemetry dependency: a host subscribes to <see cref="Name"/>
/// (<c>AddSource</c> and <c>AddMeter</c>). One span per GraphQL request, named after its operation, with the
/// operation's name, type and cost, the SQL statements it ran and the error codes it returned; a request-duration
/// histogram and an error counter by code.
/// </summary>
public static class GraphQLHttpTelemetry
{
    /// <summary>The name of both the <see cref="ActivitySource"/> and the <see cref="Meter"/>.</summary>
    public const string Name = "GraphQLHttp";

    public const string OperationName = "graphql.operation.name";
    public const string OperationType = "graphql.operation.type";
    public const string OperationCost = "graphql.operation.cost";
    public const string SqlStatements = "graphql.sql.statements";
    public const string ErrorCodes = "graphql.error.codes";
    public const string ErrorCode = "graphql.error.code";
    public const string RequestDuration = "graphql.server.request.duration";
    public const string Errors = "graphql.server.request.errors";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        RequestDuration, "s", "Time from reading a GraphQL request to writing its response.");

    internal static readonly Counter<long> ErrorCount = Meter.CreateCounter<long>(
        Errors, "{error}", "GraphQL errors returned to clients, by extensions.code.");
}
