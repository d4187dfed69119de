using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphQLHttp;

/// <summary>
/// Caps aliases per document (MAX_ALIASES) and root fields per executed operation (MAX_ROOT_FIELDS): both let one
/// small request fan out into many independent resolver calls that the cost analysis cannot see as repetition.
/// </summary>
internal sealed class OperationShapeValidationRule(GraphQLLimitsOptions limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = 0;
        var aliasVisitor = new MatchingNodeVisitor<GraphQLField>((field, validationContext) =>
        {
            if (field.Alias is not null && ++aliases == limits.MaxAliases + 1)
            {
                validationContext.ReportError(new GraphQLLimitError(validationContext, GraphQLErrorCodes.MaxAliases,
                    $"The document uses more than {limits.MaxAliases} aliases.", field));
            }
        });
        var rootFieldVisitor = new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validationContext) =>
        {
            var rootFields = operation.SelectionSet.Selections.Count;
            if (operation == validationContext.Operation && rootFields > limits.MaxRootFields)
            {
                validationContext.ReportError(new GraphQLLimitError(validationContext, GraphQLErrorCodes.MaxRootFields,
                    $"The operation selects {rootFields} root fields; the maximum is {limits.MaxRootFields}.", operation));
            }
        });
        return new(new NodeVisitors(aliasVisitor, rootFieldVisitor));
    }
}
