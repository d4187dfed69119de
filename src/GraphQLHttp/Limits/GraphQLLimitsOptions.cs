namespace GraphQLHttp;

/// <summary>Limits that protect the server from expensive or abusive requests, bound from <c>GraphQL:Limits</c>.</summary>
internal sealed record GraphQLLimitsOptions
{
    /// <summary>Largest accepted POST body; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 256 * 1024;

    /// <summary>Longest accepted query text, in characters.</summary>
    public int MaxQueryLength { get; init; } = 20_000;

    /// <summary>Deepest accepted nesting of selection sets (introspection exempt).</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>
    /// Highest accepted static cost. Every field costs 1, multiplied by the <c>first</c>/<c>last</c> of the enclosing
    /// connections (or 5 for an unbounded list). Introspection costs nothing.
    /// </summary>
    public int MaxComplexity { get; init; } = 10_000;

    /// <summary>Most aliases accepted in one document.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>Most root fields accepted in the executed operation.</summary>
    public int MaxRootFields { get; init; } = 20;

    /// <summary>Most lexical tokens (names, punctuation, values; comments excluded) in one document.</summary>
    public int MaxTokens { get; init; } = 3_000;

    /// <summary>Deepest nesting of the document's syntax (selection sets, list and object literals, type wrappers).</summary>
    public int MaxSyntaxDepth { get; init; } = 64;

    /// <summary>Most fragment definitions in one document.</summary>
    public int MaxFragments { get; init; } = 100;

    /// <summary>Longest chain of fragments spreading fragments.</summary>
    public int MaxSpreadDepth { get; init; } = 20;

    /// <summary>Most selections the document's operations visit once every fragment spread is expanded.</summary>
    public int MaxExpandedSelections { get; init; } = 1_000;

    /// <summary>Most fields sharing one response name in a selection set once its fragments are merged in.</summary>
    public int MaxFieldsPerResponseName { get; init; } = 20;

    /// <summary>Most directives in one document.</summary>
    public int MaxDirectives { get; init; } = 50;

    /// <summary>Most selections (fields, spreads, inline fragments) in one selection set.</summary>
    public int MaxSelectionsPerSet { get; init; } = 200;

    /// <summary>Serve <c>__schema</c> and <c>__type</c>; when false they get INTROSPECTION_DISABLED.</summary>
    public bool IntrospectionEnabled { get; init; } = true;

    /// <summary>Deepest field nesting under <c>__schema</c> or <c>__type</c>, counting the introspection field itself.</summary>
    public int MaxIntrospectionDepth { get; init; } = 20;

    /// <summary>
    /// Most introspection list fields (<c>fields</c>, <c>inputFields</c>, <c>interfaces</c>, <c>possibleTypes</c>)
    /// nested in one another, so schema cycles cannot be walked round and round.
    /// </summary>
    public int MaxIntrospectionListDepth { get; init; } = 2;

    /// <summary>Time a client has to send all request headers; Kestrel answers 408 after it.</summary>
    public double RequestHeadersTimeoutSeconds { get; init; } = 10;

    /// <summary>
    /// Slowest accepted request body, after the grace period; a slower client gets 408 REQUEST_TIMEOUT. With the body
    /// limit it also bounds how long a body can take (256 kB at 4 kB/s: about a minute).
    /// </summary>
    public double MinRequestBodyBytesPerSecond { get; init; } = 4096;

    /// <summary>Slowest accepted reader of a response, after the grace period; a slower one is disconnected.</summary>
    public double MinResponseBytesPerSecond { get; init; } = 1024;

    /// <summary>How long a transfer may stay below the minimum data rates before they apply (more than 1 second).</summary>
    public double DataRateGracePeriodSeconds { get; init; } = 5;

    /// <summary>Execution time after which the request is cancelled (including its SQL) and answered with TIMEOUT.</summary>
    public double ExecutionTimeoutSeconds { get; init; } = 30;

    /// <summary>
    /// Sustained requests allowed per client (user name, else client address) per window, refilled every second;
    /// 0 turns rate limiting off.
    /// </summary>
    public int RequestsPerWindow { get; init; } = 6_000;

    /// <summary>Length of the rate limiting window.</summary>
    public int RateLimitWindowSeconds { get; init; } = 60;

    /// <summary>Requests a client may make at once before the sustained rate applies (the token bucket's size).</summary>
    public int RateLimitBurst { get; init; } = 1_000;
}
