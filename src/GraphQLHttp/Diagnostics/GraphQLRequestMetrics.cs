namespace GraphQLHttp;

/// <summary>
/// Per-request figures collected during validation and read back for logging. Lives in the request's user context
/// because validation rules are singletons and see nothing else of the request.
/// </summary>
internal sealed class GraphQLRequestMetrics
{
    public const string UserContextKey = "QueryableGraphQL.RequestMetrics";

    public string? OperationName { get; set; }

    /// <summary><c>query</c> or <c>mutation</c> once an operation was selected.</summary>
    public string? OperationType { get; set; }

    public double? Cost { get; set; }

    /// <summary>The <c>extensions.code</c> of every error in the response.</summary>
    public IReadOnlyList<string> ErrorCodes { get; set; } = [];

    public int? Depth { get; set; }

    public static GraphQLRequestMetrics? From(IDictionary<string, object?> userContext)
        => userContext.TryGetValue(UserContextKey, out var value) ? value as GraphQLRequestMetrics : null;
}
