namespace GraphQLHttp;

/// <summary>The browser IDE served on the GraphQL path, bound from <c>GraphQL:Ide</c>.</summary>
internal sealed record GraphQLIdeOptions
{
    public bool Enabled { get; init; } = true;
}
