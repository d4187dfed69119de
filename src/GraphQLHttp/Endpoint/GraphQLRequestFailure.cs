using Microsoft.AspNetCore.Http;

namespace GraphQLHttp;

/// <summary>
/// A request rejected before execution. A null <see cref="StatusCode"/> marks a GraphQL request error, whose status
/// follows the response media type (200 for application/json, 400 for application/graphql-response+json).
/// </summary>
internal sealed record GraphQLRequestFailure(int? StatusCode, string Code, string Message)
{
    /// <summary>The methods to list in the Allow header of a 405.</summary>
    public string? Allow { get; init; }

    /// <summary>The log entry of a server-side failure, sent as <c>extensions.correlationId</c>.</summary>
    public string? CorrelationId { get; init; }

    public static GraphQLRequestFailure BadRequest(string message)
        => new(StatusCodes.Status400BadRequest, GraphQLErrorCodes.BadRequest, message);

    public static GraphQLRequestFailure BeforeExecution(string code, string message) => new(null, code, message);
}
