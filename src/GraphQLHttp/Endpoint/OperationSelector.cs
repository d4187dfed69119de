using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace GraphQLHttp;

/// <summary>
/// Looks at the document before execution so the transport can answer what the executor cannot: an unknown
/// operation name is a 400, and a mutation sent with GET is a 405.
/// </summary>
internal sealed class OperationSelector(DocumentCache documentCache, IDocumentBuilder documentBuilder)
{
    public (GraphQLDocument? Document, GraphQLRequestFailure? Failure) Inspect(string query, string? operationName, bool isGet)
    {
        var document = documentCache.TryGetValidated(query);
        if (document is null)
        {
            try
            {
                document = documentBuilder.Build(query);
            }
            catch (SyntaxError)
            {
                // The executor reports syntax errors in the standard shape; nothing to decide here.
                return (null, null);
            }
            catch (DocumentLimitError limit)
            {
                return (null, GraphQLRequestFailure.BeforeExecution(limit.Code!, limit.Message));
            }
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (operation is null && operationName is not null)
        {
            return (null, new GraphQLRequestFailure(StatusCodes.Status400BadRequest, GraphQLErrorCodes.OperationNotFound,
                $"The document has no operation named '{operationName}'."));
        }

        if (isGet && operation is { Operation: not OperationType.Query })
        {
            return (null, new GraphQLRequestFailure(StatusCodes.Status405MethodNotAllowed, GraphQLErrorCodes.MethodNotAllowed,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.") { Allow = "POST" });
        }

        return (document, null);
    }
}
