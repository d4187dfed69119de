namespace QueryableGraphQL.Http;

/// <summary>The browser IDE served on the GraphQL path, bound from <c>GraphQL:Ide</c>.</summary>
public sealed record GraphQLIdeOptions
{
    public bool Enabled { get; init; } = true;
}
