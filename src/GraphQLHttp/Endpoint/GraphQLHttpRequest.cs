using GraphQL;

namespace GraphQLHttp;

/// <summary>The GraphQL-over-HTTP request parameters after their JSON types have been checked.</summary>
internal sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions,
    string? DocumentId,
    string? PersistedQueryHash)
{
    /// <summary>The lower-case hex SHA-256 of <see cref="Query"/>, once the query to run is known.</summary>
    public string? QueryHash { get; init; }
}
