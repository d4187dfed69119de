using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using QueryableGraphQL.Limits;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Limits;

/// <summary>
/// Validates documents against the paging schema with the argument cost visitor and the input size rule installed,
/// and reports the cost GraphQL.NET's complexity analyzer computed. Nothing executes: the probe ends every request
/// once the cost is known.
/// </summary>
internal sealed class CostProbe
{
    private readonly ISchema _schema;
    private readonly ArgumentLimitsOptions _limits;

    public CostProbe(ArgumentLimitsOptions? limits = null)
    {
        _limits = limits ?? new ArgumentLimitsOptions();
        var schema = new PagingSchema();
        schema.RegisterVisitor(new ArgumentCostSchemaVisitor(_limits));
        schema.Initialize();
        _schema = schema;
    }

    public ArgumentLimitsOptions Limits => _limits;

    public async Task<double> CostAsync(string query, object? variables = null)
    {
        var (cost, result) = await ValidateAsync(query, variables);
        Assert.True(cost is not null, $"No cost computed: {new GraphQLSerializer().Serialize(result)}");
        return cost.Value;
    }

    /// <summary>The cost (null when validation stopped before cost analysis) and the result, with its errors.</summary>
    public async Task<(double? Cost, ExecutionResult Result)> ValidateAsync(string query, object? variables = null)
    {
        var probe = new Probe();
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = _schema;
            options.Query = query;
            options.Variables = variables is null ? null : new GraphQLSerializer().Deserialize<Inputs>(new GraphQLSerializer().Serialize(variables));
            options.ValidationRules = [.. DocumentValidator.CoreRules, new InputSizeValidationRule(_limits), probe];
        });
        return (probe.Cost, result);
    }

    private sealed class Probe() : ComplexityValidationRule(new ComplexityOptions())
    {
        public double? Cost { get; private set; }

        protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
        {
            Cost = totalComplexity;
            context.ReportError(new ValidationError("probe: cost measured, nothing runs"));
            return default;
        }
    }
}
