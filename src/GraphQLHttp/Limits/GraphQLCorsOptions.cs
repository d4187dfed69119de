namespace GraphQLHttp;

/// <summary>Cross-origin access, bound from <c>GraphQL:Cors</c>.</summary>
internal sealed record GraphQLCorsOptions
{
    /// <summary>Origins allowed to call the endpoint from a browser; empty means same-origin only.</summary>
    public string[] Origins { get; init; } = [];
}
