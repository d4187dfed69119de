using System.Text.RegularExpressions;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace GraphQLHttp;

/// <summary>
/// Reads the trusted documents folder once at start. A file's name is its id and must be the SHA-256 of its content,
/// so a renamed or edited file fails the start loudly instead of serving a different query under a known id.
/// </summary>
internal sealed partial class TrustedDocumentFolder(IOptions<GraphQLPersistedDocumentsOptions> options) : IPersistedDocumentLoader
{
    private readonly IReadOnlyDictionary<string, string> _documents = Load(options.Value.Path);

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken)
        => ValueTask.FromResult(documentIdPrefix is null or "sha256" && _documents.TryGetValue(documentIdPayload.ToLowerInvariant(), out var text)
            ? text
            : null);

    private static Dictionary<string, string> Load(string? folder)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(folder))
        {
            return documents;
        }

        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"GraphQL:PersistedDocuments:Path '{folder}' does not exist.");
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var match = DocumentFileName().Match(Path.GetFileName(file));
            if (!match.Success)
            {
                continue;
            }

            var hash = match.Groups["hash"].Value.ToLowerInvariant();
            documents[hash] = ReadMatchingText(file, hash);
        }

        return documents;
    }

    private static string ReadMatchingText(string file, string hash)
    {
        var text = File.ReadAllText(file);
        if (QueryHash.Sha256Hex(text) == hash)
        {
            return text;
        }

        // Editors append a final newline that was not part of the hashed document.
        var trimmed = text.TrimEnd('\r', '\n');
        if (QueryHash.Sha256Hex(trimmed) == hash)
        {
            return trimmed;
        }

        throw new InvalidOperationException($"Trusted document '{file}' does not hash to the SHA-256 in its name.");
    }

    [GeneratedRegex("^(sha256:)?(?<hash>[0-9a-fA-F]{64})(\\.graphql)?$")]
    private static partial Regex DocumentFileName();
}
