using Microsoft.Extensions.Options;

namespace GraphQLHttp;

/// <summary>
/// Query texts by SHA-256: the trusted documents loaded at start, plus the queries clients registered through
/// Apollo automatic persisted queries, kept in the shared cache (<see cref="ApqCache"/>) so every instance sees them.
/// </summary>
internal sealed class PersistedQueryStore(ApqCache cache, IOptions<GraphQLPersistedDocumentsOptions> options)
{
    private const string CacheKeyPrefix = "graphql:apq:";
    private readonly IReadOnlyDictionary<string, string> _trusted = TrustedDocumentLoader.Load(options.Value.Path);

    /// <summary>When true only trusted documents run; APQ registrations of other documents are refused.</summary>
    public bool OnlyTrusted { get; } = options.Value.Only;

    public int TrustedCount => _trusted.Count;

    public bool IsTrusted(string query) => _trusted.ContainsKey(QueryHash.Sha256Hex(query));

    public async Task<string?> FindAsync(string sha256Hex, CancellationToken cancellationToken)
    {
        var hash = sha256Hex.ToLowerInvariant();
        if (_trusted.TryGetValue(hash, out var trusted))
        {
            return trusted;
        }

        return OnlyTrusted ? null : await cache.GetAsync(CacheKeyPrefix + hash, cancellationToken).ConfigureAwait(false);
    }

    public Task RegisterAsync(string sha256Hex, string query, CancellationToken cancellationToken)
        => cache.SetAsync(CacheKeyPrefix + sha256Hex.ToLowerInvariant(), query, cancellationToken);
}
