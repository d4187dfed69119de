using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation.Complexity;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Limits;

/// <summary>
/// Gives every field that takes a filter or sort input a complexity impact of its own: the field's declared impact
/// or else the default one (so <c>first</c>/<c>last</c> still multiply what lies under a connection), plus the cost
/// of the <c>where</c> and <c>order</c> values the request gives, literal or variable.
/// </summary>
internal sealed class ArgumentCostSchemaVisitor(ArgumentLimitsOptions limits) : BaseSchemaNodeVisitor
{
    private readonly ArgumentCost _cost = new(limits);

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => Attach(field);

    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema) => Attach(field);

    private void Attach(FieldType field)
    {
        var filters = new List<(string Name, FilterInputGraphType Type)>();
        var orders = new List<string>();
        foreach (var argument in field.Arguments ?? [])
        {
            switch (argument.ResolvedType?.GetNamedType())
            {
                case FilterInputGraphType filter:
                    filters.Add((argument.Name, filter));
                    break;
                case SortInputGraphType:
                    orders.Add(argument.Name);
                    break;
            }
        }

        if (filters.Count == 0 && orders.Count == 0)
        {
            return;
        }

        // A field that declares an impact of its own (a search, say) keeps it; the arguments' cost comes on top.
        var own = field.GetComplexityImpactDelegate();
        field.WithComplexityImpact(context =>
        {
            var inner = own?.Invoke(context) ?? context.Configuration.DefaultComplexityImpactDelegate(context);
            var arguments = filters.Sum(f => _cost.OfFilter(f.Type, Value(context, f.Name)))
                + orders.Sum(name => _cost.OfOrder(Value(context, name)));
            return new FieldComplexityResult(inner.FieldImpact + arguments, inner.ChildImpactMultiplier);
        });
    }

    private static object? Value(FieldImpactContext context, string argument) =>
        context.Arguments?.TryGetValue(argument, out var value) == true ? value.Value : null;
}
