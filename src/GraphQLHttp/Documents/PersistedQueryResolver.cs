namespace GraphQLHttp;

/// <summary>
/// Decides which query text a request runs: the text it sent, a trusted document named by <c>documentId</c>,
/// or an Apollo persisted query named by <c>extensions.persistedQuery.sha256Hash</c>.
/// </summary>
internal sealed class PersistedQueryResolver(PersistedQueryStore store)
{
    /// <summary>The query text to run and its SHA-256, hashed here once for the whole request (cache key, APQ, trust).</summary>
    public async Task<(string? Query, string? Hash, GraphQLRequestFailure? Failure)> ResolveAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        if (request.DocumentId is { } documentId)
        {
            const string prefix = "sha256:";
            var hash = (documentId.StartsWith(prefix, StringComparison.Ordinal) ? documentId[prefix.Length..] : documentId).ToLowerInvariant();
            var document = await store.FindAsync(hash, cancellationToken).ConfigureAwait(false);
            return document is null ? (null, null, NotFound()) : (document, hash, null);
        }

        if (request.PersistedQueryHash is { } apqHash)
        {
            return await ResolveApqAsync(request.Query, apqHash.ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
        }

        if (request.Query is not { } query)
        {
            return (null, null, null);
        }

        var queryHash = QueryHash.Sha256Hex(query);
        return store.OnlyTrusted && !store.IsTrusted(queryHash) ? (null, null, OnlyTrusted()) : (query, queryHash, null);
    }

    private async Task<(string?, string?, GraphQLRequestFailure?)> ResolveApqAsync(string? query, string hash, CancellationToken cancellationToken)
    {
        if (query is null)
        {
            var registered = await store.FindAsync(hash, cancellationToken).ConfigureAwait(false);
            return registered is null ? (null, null, NotFound()) : (registered, hash, null);
        }

        if (QueryHash.Sha256Hex(query) != hash)
        {
            return (null, null, GraphQLRequestFailure.BeforeExecution(
                GraphQLErrorCodes.PersistedQueryHashMismatch, "The query does not hash to extensions.persistedQuery.sha256Hash."));
        }

        if (store.OnlyTrusted)
        {
            return store.IsTrusted(hash) ? (query, hash, null) : (null, null, OnlyTrusted());
        }

        await store.RegisterAsync(hash, query, cancellationToken).ConfigureAwait(false);
        return (query, hash, null);
    }

    // Apollo clients react to this exact message as well as to the code.
    private static GraphQLRequestFailure NotFound()
        => GraphQLRequestFailure.BeforeExecution(GraphQLErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");

    private static GraphQLRequestFailure OnlyTrusted()
        => GraphQLRequestFailure.BeforeExecution(GraphQLErrorCodes.PersistedQueryOnly,
            "This endpoint only runs trusted documents; send a documentId or the hash of a trusted document.");
}
