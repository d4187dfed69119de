using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphQLHttp;

/// <summary>A document rejected by one of the configured limits or rules; its <c>Code</c> is the rule's own error code.</summary>
internal sealed class GraphQLLimitError : ValidationError
{
    public GraphQLLimitError(ValidationContext context, string code, string message, ASTNode? node = null)
        : base(context.Document.Source, "limits", message, node is null ? [] : [node])
    {
        Code = code;
    }
}
