namespace GraphQLHttp;

/// <summary>Trusted documents and automatic persisted queries, bound from <c>GraphQL:PersistedDocuments</c>.</summary>
internal sealed record GraphQLPersistedDocumentsOptions
{
    /// <summary>Folder of trusted documents named <c>sha256:&lt;hex&gt;</c>, <c>&lt;hex&gt;</c> or <c>&lt;hex&gt;.graphql</c>.</summary>
    public string? Path { get; init; }

    /// <summary>Refuse every document that is not one of the trusted documents.</summary>
    public bool Only { get; init; }
}
