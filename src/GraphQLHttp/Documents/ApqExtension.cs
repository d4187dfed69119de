// Hand-written: GraphQL.NET 8.8.5 has no Apollo APQ; its PersistedDocumentHandler only looks up documentId.
using System.Text.Json;

namespace GraphQLHttp;

/// <summary>Reads Apollo's <c>extensions.persistedQuery.sha256Hash</c> from a request's extensions.</summary>
internal static class ApqExtension
{
    public static bool TryReadHash(JsonElement? extensions, out string? hash, out GraphQLRequestFailure? failure)
    {
        hash = null;
        failure = null;
        if (extensions is not { } ext
            || !ext.TryGetProperty("persistedQuery", out var persisted)
            || persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("sha256Hash", out var hashElement))
        {
            return true;
        }

        if (hashElement.ValueKind != JsonValueKind.String)
        {
            failure = GraphQLRequestFailure.BadRequest("'extensions.persistedQuery.sha256Hash' must be a string.");
            return false;
        }

        hash = hashElement.GetString();
        return true;
    }
}
