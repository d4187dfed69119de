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
    public int MaxTokens { get; init; } = 5_000;

    /// <summary>Deepest nesting of the document's syntax (selection sets, list and object literals, type wrappers).</summary>
    public int MaxSyntaxDepth { get; init; } = 64;

    /// <summary>Most fragment definitions in one document.</summary>
    public int MaxFragments { get; init; } = 100;

    /// <summary>Longest chain of fragments spreading fragments.</summary>
    public int MaxSpreadDepth { get; init; } = 20;

    /// <summary>Most selections the document's operations visit once every fragment spread is expanded.</summary>
    public int MaxExpandedSelections { get; init; } = 2_000;

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

    /// <summary>Execution time after which the request is cancelled (including its SQL) and answered with TIMEOUT.</summary>
    public double ExecutionTimeoutSeconds { get; init; } = 30;

    /// <summary>Requests allowed per client (user name, else remote IP) per window; 0 turns rate limiting off.</summary>
    public int RequestsPerWindow { get; init; } = 600;

    /// <summary>Length of the fixed rate limiting window.</summary>
    public int RateLimitWindowSeconds { get; init; } = 60;
}
