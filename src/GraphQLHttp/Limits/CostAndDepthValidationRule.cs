using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace GraphQLHttp;

/// <summary>
/// Rejects operations deeper than <see cref="GraphQLLimitsOptions.MaxDepth"/> (MAX_DEPTH) or costlier than
/// <see cref="GraphQLLimitsOptions.MaxComplexity"/> (COMPLEXITY). Cost comes from GraphQL.NET's analyzer, whose
/// default impact already multiplies a connection's selections by its <c>first</c>/<c>last</c> argument;
/// introspection is made free so tools can always load the schema.
/// </summary>
internal sealed class CostAndDepthValidationRule : ComplexityValidationRule
{
    private readonly GraphQLLimitsOptions _limits;

    public CostAndDepthValidationRule(GraphQLLimitsOptions limits)
        : base(CreateOptions())
    {
        _limits = limits;
    }

    private static ComplexityOptions CreateOptions()
    {
        var options = new ComplexityOptions();
        var defaultImpact = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context => context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
            ? new(0, 0)
            : defaultImpact(context);
        return options;
    }

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (GraphQLRequestMetrics.From(context.UserContext) is { } metrics)
        {
            metrics.Cost = totalComplexity;
            metrics.Depth = maxDepth;
        }

        if (maxDepth > _limits.MaxDepth && !IsIntrospectionOnly(context.Operation))
        {
            context.ReportError(new GraphQLLimitError(context, GraphQLErrorCodes.MaxDepth,
                $"The operation is nested {maxDepth} levels deep; the maximum is {_limits.MaxDepth}.", context.Operation));
        }

        if (totalComplexity > _limits.MaxComplexity)
        {
            context.ReportError(new GraphQLLimitError(context, GraphQLErrorCodes.Complexity,
                $"The operation's cost is {totalComplexity}; the maximum is {_limits.MaxComplexity}. Request fewer items (first/last) or fewer nested fields.",
                context.Operation));
        }

        return ValueTask.CompletedTask;
    }

    // The introspection query nests ofType deeply but is bounded by the schema itself.
    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation)
        => operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
