using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphQLHttp;

/// <summary>
/// Refuses a mutation or subscription on a schema that has no such root type. GraphQL.NET's rules let it through to
/// the cost analysis, which throws, and the client got INTERNAL for what is its own mistake.
/// </summary>
internal sealed class OperationTypeValidationRule : ValidationRuleBase
{
    public static readonly OperationTypeValidationRule Instance = new();

    private static readonly MatchingNodeVisitor<GraphQLOperationDefinition> Visitor = new((operation, context) =>
    {
        var root = operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        };
        if (root is null)
        {
            context.ReportError(new UnsupportedOperationTypeError(context.Document.Source, operation));
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private sealed class UnsupportedOperationTypeError(ROM source, GraphQLOperationDefinition operation)
        : ValidationError(source, null, $"This schema does not support {operation.Operation.ToString().ToLowerInvariant()} operations.", operation);
}
