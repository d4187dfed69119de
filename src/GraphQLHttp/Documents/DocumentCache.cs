// Hand-written: GraphQL.NET's own document cache ships in GraphQL.MemoryCache, which our package mirror does not serve.
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphQLHttp;

/// <summary>
/// Keeps documents that parsed and validated, keyed by the SHA-256 of their text, so a repeated query skips
/// parsing and the static validation rules. Rules that depend on variables (the cost limit) are registered
/// for cached documents too and still run. The transport passes the hash it computed once per request in the
/// user context; other callers get their query hashed here.
/// </summary>
internal sealed class DocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>Null when <c>MaxEntries</c> is 0 or less: the cache is off and every request is parsed and validated.</summary>
    private readonly MemoryCache? _documents;

    public DocumentCache(IOptions<GraphQLDocumentCacheOptions> options)
    {
        _documents = options.Value.MaxEntries > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxEntries }) : null;
    }

    /// <summary>Runs after the options configurations that install the validation rules, so it can swap them.</summary>
    public float SortOrder => 200;

    public const string HashKey = "GraphQLHttp.QueryHash";

    public GraphQLDocument? TryGetValidated(string sha256Hex)
        => _documents is not null && _documents.TryGetValue(sha256Hex, out GraphQLDocument? document) ? document : null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (_documents is null || options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        var key = options.UserContext.TryGetValue(HashKey, out var known) && known is string hash ? hash : QueryHash.Sha256Hex(query);
        var cached = _documents.TryGetValue(key, out GraphQLDocument? document);
        if (cached)
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }

        var result = await next(options).ConfigureAwait(false);
        if (!cached && result.Executed && result.Document is { } validated)
        {
            _documents.Set(key, validated, new MemoryCacheEntryOptions { Size = 1 });
        }

        return result;
    }

    public void Dispose() => _documents?.Dispose();
}
