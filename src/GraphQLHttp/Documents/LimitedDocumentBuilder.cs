using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GraphQLHttp;

/// <summary>
/// Builds documents like GraphQL.NET's own builder, but refuses in linear time, before any validation rule runs,
/// those whose size or shape would make validation, cost analysis or execution expensive: too many tokens, syntax
/// nested too deep, and the shape limits of <see cref="DocumentShapeLimits"/>.
/// </summary>
internal sealed class LimitedDocumentBuilder(GraphQLLimitsOptions limits) : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _inner = new() { MaxDepth = Math.Max(1, limits.MaxSyntaxDepth) };

    public GraphQLDocument Build(string body)
    {
        CheckTokenCount(body);
        GraphQLDocument document;
        try
        {
            document = _inner.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new DocumentLimitError(GraphQLErrorCodes.MaxSyntaxDepth,
                $"The document nests selections, values or types more than {limits.MaxSyntaxDepth} levels deep.");
        }

        DocumentShapeLimits.Check(document, limits);
        return document;
    }

    private void CheckTokenCount(string body)
    {
        var tokens = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(body, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return;
                }

                if (token.Kind != TokenKind.COMMENT && ++tokens > limits.MaxTokens)
                {
                    throw new DocumentLimitError(GraphQLErrorCodes.MaxTokens, $"The document has more than {limits.MaxTokens} tokens.");
                }

                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // The parser reports the same error with its location.
        }
    }
}
