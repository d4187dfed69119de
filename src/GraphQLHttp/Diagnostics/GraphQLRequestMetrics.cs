namespace GraphQLHttp;

/// <summary>
/// Per-request figures collected during validation and read back for logging. Lives in the request's user context
/// because validation rules are singletons and see nothing else of the request.
/// </summary>
internal sealed class GraphQLRequestMetrics
{
    public const string UserContextKey = "QueryableGraphQL.RequestMetrics";

    public string? OperationName { get; set; }

    public double? Cost { get; set; }

    public int? Depth { get; set; }

    public static GraphQLRequestMetrics? From(IDictionary<string, object?> userContext)
        => userContext.TryGetValue(UserContextKey, out var value) ? value as GraphQLRequestMetrics : null;
}
