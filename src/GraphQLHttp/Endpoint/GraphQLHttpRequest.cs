using GraphQL;

namespace GraphQLHttp;

/// <summary>The GraphQL-over-HTTP request parameters after their JSON types have been checked.</summary>
internal sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions,
    string? DocumentId,
    string? PersistedQueryHash);
