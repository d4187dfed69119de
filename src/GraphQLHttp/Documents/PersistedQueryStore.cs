using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace GraphQLHttp;

/// <summary>
/// Query texts by SHA-256: trusted documents from the <see cref="IPersistedDocumentLoader"/> (the configured folder
/// unless the host registers its own), plus the queries clients registered through Apollo automatic persisted
/// queries, kept in the shared cache (<see cref="ApqCache"/>) so every instance sees them.
/// </summary>
internal sealed class PersistedQueryStore(ApqCache cache, IPersistedDocumentLoader trusted, IOptions<GraphQLPersistedDocumentsOptions> options)
{
    private const string CacheKeyPrefix = "graphql:apq:";

    /// <summary>When true only trusted documents run; APQ registrations of other documents are refused.</summary>
    public bool OnlyTrusted { get; } = options.Value.Only;

    /// <summary>A text is trusted when the loader holds exactly that text under its hash.</summary>
    public async Task<bool> IsTrustedAsync(string sha256Hex, string query, CancellationToken cancellationToken)
        => await trusted.GetQueryAsync("sha256", sha256Hex, cancellationToken).ConfigureAwait(false) == query;

    /// <summary>A trusted document, else (for SHA-256 ids, unless only trusted documents run) a registered APQ query.</summary>
    public async Task<string?> FindAsync(string? prefix, string payload, CancellationToken cancellationToken)
    {
        if (await trusted.GetQueryAsync(prefix, payload, cancellationToken).ConfigureAwait(false) is { } document)
        {
            return document;
        }

        return OnlyTrusted || prefix is not (null or "sha256")
            ? null
            : await cache.GetAsync(CacheKeyPrefix + payload.ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
    }

    public Task RegisterAsync(string sha256Hex, string query, CancellationToken cancellationToken)
        => cache.SetAsync(CacheKeyPrefix + sha256Hex.ToLowerInvariant(), query, cancellationToken);
}
