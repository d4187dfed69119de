namespace GraphQLHttp;

/// <summary>
/// Decides which query text a request runs: the text it sent, a trusted document named by <c>documentId</c>,
/// or an Apollo persisted query named by <c>extensions.persistedQuery.sha256Hash</c>.
/// </summary>
internal sealed class PersistedQueryResolver(PersistedQueryStore store)
{
    public async Task<(string? Query, GraphQLRequestFailure? Failure)> ResolveAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        if (request.DocumentId is { } documentId)
        {
            const string prefix = "sha256:";
            var hash = documentId.StartsWith(prefix, StringComparison.Ordinal) ? documentId[prefix.Length..] : documentId;
            var document = await store.FindAsync(hash, cancellationToken).ConfigureAwait(false);
            return document is null ? (null, NotFound()) : (document, null);
        }

        if (request.PersistedQueryHash is { } apqHash)
        {
            return await ResolveApqAsync(request.Query, apqHash, cancellationToken).ConfigureAwait(false);
        }

        if (request.Query is { } query && store.OnlyTrusted && !store.IsTrusted(query))
        {
            return (null, OnlyTrusted());
        }

        return (request.Query, null);
    }

    private async Task<(string?, GraphQLRequestFailure?)> ResolveApqAsync(string? query, string hash, CancellationToken cancellationToken)
    {
        if (query is null)
        {
            var registered = await store.FindAsync(hash, cancellationToken).ConfigureAwait(false);
            return registered is null ? (null, NotFound()) : (registered, null);
        }

        if (!string.Equals(QueryHash.Sha256Hex(query), hash, StringComparison.OrdinalIgnoreCase))
        {
            return (null, GraphQLRequestFailure.BeforeExecution(
                GraphQLErrorCodes.PersistedQueryHashMismatch, "The query does not hash to extensions.persistedQuery.sha256Hash."));
        }

        if (store.OnlyTrusted)
        {
            return store.IsTrusted(query) ? (query, null) : (null, OnlyTrusted());
        }

        await store.RegisterAsync(hash, query, cancellationToken).ConfigureAwait(false);
        return (query, null);
    }

    // Apollo clients react to this exact message as well as to the code.
    private static GraphQLRequestFailure NotFound()
        => GraphQLRequestFailure.BeforeExecution(GraphQLErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");

    private static GraphQLRequestFailure OnlyTrusted()
        => GraphQLRequestFailure.BeforeExecution(GraphQLErrorCodes.PersistedQueryOnly,
            "This endpoint only runs trusted documents; send a documentId or the hash of a trusted document.");
}
