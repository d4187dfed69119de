using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace GraphQLHttp;

/// <summary>
/// Turns a POST body or GET query string into a <see cref="GraphQLHttpRequest"/>, rejecting parameters of the wrong JSON type
/// with a 400 instead of letting them surface later as confusing execution errors.
/// </summary>
internal sealed class GraphQLRequestParser(IGraphQLSerializer serializer)
{
    private static readonly string[] ParameterNames = ["query", "operationName", "documentId", "variables", "extensions"];

    public (GraphQLHttpRequest? Request, GraphQLRequestFailure? Failure) ParseBody(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, GraphQLRequestFailure.BadRequest("The request body is empty; expected a JSON object with a 'query'."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return (null, new GraphQLRequestFailure(StatusCodes.Status400BadRequest, GraphQLErrorCodes.InvalidJson, "The request body is not valid JSON."));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, GraphQLRequestFailure.BadRequest("The request body must be a JSON object."));
            }

            try
            {
                if (!TryReadString(root, "query", out var query, out var failure)
                    || !TryReadString(root, "operationName", out var operationName, out failure)
                    || !TryReadString(root, "documentId", out var documentId, out failure)
                    || !TryReadObject(root, "variables", out var variables, out failure)
                    || !TryReadObject(root, "extensions", out var extensions, out failure))
                {
                    return (null, failure);
                }

                return Complete(query, operationName, documentId, variables, extensions);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json checks a string's encoding only when it is read: invalid UTF-8 bytes or an unpaired
                // \uD800-style escape are well-formed JSON tokens that cannot become .NET strings.
                return (null, InvalidText);
            }
        }
    }

    public (GraphQLHttpRequest? Request, GraphQLRequestFailure? Failure) ParseQueryString(IQueryCollection parameters)
    {
        var repeated = ParameterNames.FirstOrDefault(name => parameters[name].Count > 1);
        if (repeated is not null)
        {
            return (null, GraphQLRequestFailure.BadRequest($"The '{repeated}' parameter is given more than once."));
        }

        var query = Single(parameters, "query");
        var operationName = Single(parameters, "operationName");
        var documentId = Single(parameters, "documentId");
        if (!TryParseJsonObject(Single(parameters, "variables"), "variables", out var variables, out var failure)
            || !TryParseJsonObject(Single(parameters, "extensions"), "extensions", out var extensions, out failure))
        {
            return (null, failure);
        }

        try
        {
            return Complete(query, operationName, documentId, variables, extensions);
        }
        catch (InvalidOperationException)
        {
            return (null, InvalidText);
        }
    }

    private static GraphQLRequestFailure InvalidText => new(StatusCodes.Status400BadRequest, GraphQLErrorCodes.InvalidJson,
        "The request holds text that is not valid Unicode: invalid UTF-8 bytes or an unpaired surrogate escape.");

    private (GraphQLHttpRequest?, GraphQLRequestFailure?) Complete(
        string? query, string? operationName, string? documentId, JsonElement? variables, JsonElement? extensions)
    {
        if (!ApqExtension.TryReadHash(extensions, out var hash, out var failure))
        {
            return (null, failure);
        }

        if (string.IsNullOrEmpty(query) && hash is null && documentId is null)
        {
            return (null, GraphQLRequestFailure.BadRequest("The 'query' parameter is missing or empty."));
        }

        var request = new GraphQLHttpRequest(
            string.IsNullOrEmpty(query) ? null : query,
            string.IsNullOrEmpty(operationName) ? null : operationName,
            variables is { } v ? serializer.ReadNode<Inputs>(v) : null,
            extensions is { } e ? serializer.ReadNode<Inputs>(e) : null,
            documentId,
            hash);
        return (request, null);
    }

    private static string? Single(IQueryCollection parameters, string name)
        => parameters.TryGetValue(name, out var values) ? values.ToString() : null;

    private static bool TryReadString(JsonElement root, string name, out string? value, out GraphQLRequestFailure? failure)
    {
        value = null;
        failure = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            failure = GraphQLRequestFailure.BadRequest($"The '{name}' parameter must be a string.");
            return false;
        }

        value = element.GetString();
        return true;
    }

    private static bool TryReadObject(JsonElement root, string name, out JsonElement? value, out GraphQLRequestFailure? failure)
    {
        if (root.TryGetProperty(name, out var element))
        {
            return TryAcceptObject(element, name, out value, out failure);
        }

        value = null;
        failure = null;
        return true;
    }

    private static bool TryParseJsonObject(string? text, string name, out JsonElement? value, out GraphQLRequestFailure? failure)
    {
        value = null;
        failure = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return TryAcceptObject(document.RootElement, name, out value, out failure);
        }
        catch (JsonException)
        {
            failure = GraphQLRequestFailure.BadRequest($"The '{name}' parameter must be a JSON object.");
            return false;
        }
    }

    private static bool TryAcceptObject(JsonElement element, string name, out JsonElement? value, out GraphQLRequestFailure? failure)
    {
        value = null;
        failure = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            failure = GraphQLRequestFailure.BadRequest($"The '{name}' parameter must be a JSON object.");
            return false;
        }

        // Cloned because the element must outlive the JsonDocument it was parsed from.
        value = element.Clone();
        return true;
    }
}
