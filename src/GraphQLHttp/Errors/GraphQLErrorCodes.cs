namespace GraphQLHttp;

/// <summary>
/// The stable values of <c>extensions.code</c> in error responses. Clients branch on these, so they never change.
/// </summary>
public static class GraphQLErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string MaxDepth = "MAX_DEPTH";
    public const string Complexity = "COMPLEXITY";
    public const string MaxAliases = "MAX_ALIASES";
    public const string MaxRootFields = "MAX_ROOT_FIELDS";
    public const string QueryTooLong = "QUERY_TOO_LONG";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryOnly = "PERSISTED_QUERY_ONLY";
    public const string Internal = "INTERNAL";
    public const string Timeout = "TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string InvalidJson = "INVALID_JSON";
    public const string BadRequest = "BAD_REQUEST";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string ExecutionFailed = "EXECUTION_FAILED";
}
