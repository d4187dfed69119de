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
    public const string MaxTokens = "MAX_TOKENS";
    public const string MaxSyntaxDepth = "MAX_SYNTAX_DEPTH";
    public const string MaxFragments = "MAX_FRAGMENTS";
    public const string MaxSpreadDepth = "MAX_SPREAD_DEPTH";
    public const string MaxExpandedSelections = "MAX_EXPANDED_SELECTIONS";
    public const string MaxFieldsPerResponseName = "MAX_FIELDS_PER_RESPONSE_NAME";
    public const string MaxDirectives = "MAX_DIRECTIVES";
    public const string MaxSelectionsPerSet = "MAX_SELECTION_SET_SIZE";
    public const string MaxIntrospectionDepth = "MAX_INTROSPECTION_DEPTH";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryOnly = "PERSISTED_QUERY_ONLY";
    public const string Internal = "INTERNAL";
    public const string Timeout = "TIMEOUT";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string InvalidJson = "INVALID_JSON";
    public const string BadRequest = "BAD_REQUEST";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string ExecutionFailed = "EXECUTION_FAILED";
    public const string Unauthorized = "UNAUTHORIZED";
}
