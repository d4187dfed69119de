// Hand-written rather than GraphQL.NET's PersistedDocumentHandler: that handler resolves documentId inside execution,
// after the transport must already know the text (GET may not run a mutation; the cache key and the ETag are its hash).
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
            return await ResolveDocumentIdAsync(documentId, cancellationToken).ConfigureAwait(false);
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
        return store.OnlyTrusted && !await store.IsTrustedAsync(queryHash, query, cancellationToken).ConfigureAwait(false)
            ? (null, null, OnlyTrusted())
            : (query, queryHash, null);
    }

    // A host's own loader may name documents by any id, so the text it returns is hashed for the cache key and ETag.
    private async Task<(string?, string?, GraphQLRequestFailure?)> ResolveDocumentIdAsync(string documentId, CancellationToken cancellationToken)
    {
        var colon = documentId.IndexOf(':');
        var (prefix, payload) = colon < 0 ? (null, documentId) : (documentId[..colon], documentId[(colon + 1)..]);
        var document = await store.FindAsync(prefix, payload, cancellationToken).ConfigureAwait(false);
        return document is null ? (null, null, NotFound()) : (document, QueryHash.Sha256Hex(document), null);
    }

    private async Task<(string?, string?, GraphQLRequestFailure?)> ResolveApqAsync(string? query, string hash, CancellationToken cancellationToken)
    {
        if (query is null)
        {
            var registered = await store.FindAsync("sha256", hash, cancellationToken).ConfigureAwait(false);
            return registered is null ? (null, null, NotFound()) : (registered, hash, null);
        }

        if (QueryHash.Sha256Hex(query) != hash)
        {
            return (null, null, GraphQLRequestFailure.BeforeExecution(
                GraphQLErrorCodes.PersistedQueryHashMismatch, "The query does not hash to extensions.persistedQuery.sha256Hash."));
        }

        if (store.OnlyTrusted)
        {
            return await store.IsTrustedAsync(hash, query, cancellationToken).ConfigureAwait(false) ? (query, hash, null) : (null, null, OnlyTrusted());
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
