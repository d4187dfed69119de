using GraphQLParser.AST;

namespace GraphQLHttp;

/// <summary>
/// One operation or fragment as written: how many selections it holds itself and which fragments it spreads.
/// Measuring it also enforces the limits that need no expansion: selections per set and directives per document.
/// </summary>
internal sealed class DefinitionShape
{
    private DefinitionShape(GraphQLExecutableDefinition definition) => Definition = definition;

    public GraphQLExecutableDefinition Definition { get; }

    public long OwnSelections { get; private set; }

    public List<string> Spreads { get; } = [];

    public static DefinitionShape Measure(GraphQLExecutableDefinition definition, GraphQLLimitsOptions limits, ref int directives)
    {
        var shape = new DefinitionShape(definition);
        directives = CountDirectives(definition.Directives, directives, limits);
        if (definition is GraphQLOperationDefinition { Variables: { } variables })
        {
            foreach (var variable in variables)
            {
                directives = CountDirectives(variable.Directives, directives, limits);
            }
        }

        shape.MeasureSet(definition.SelectionSet, limits, ref directives);
        return shape;
    }

    private void MeasureSet(GraphQLSelectionSet set, GraphQLLimitsOptions limits, ref int directives)
    {
        if (set.Selections.Count > limits.MaxSelectionsPerSet)
        {
            throw DocumentShapeLimits.Refuse(GraphQLErrorCodes.MaxSelectionsPerSet,
                $"A selection set holds {set.Selections.Count} selections; the maximum is {limits.MaxSelectionsPerSet}.");
        }

        OwnSelections += set.Selections.Count;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    directives = CountDirectives(field.Directives, directives, limits);
                    if (field.SelectionSet is { } children)
                    {
                        MeasureSet(children, limits, ref directives);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    directives = CountDirectives(inline.Directives, directives, limits);
                    MeasureSet(inline.SelectionSet, limits, ref directives);
                    break;
                case GraphQLFragmentSpread spread:
                    directives = CountDirectives(spread.Directives, directives, limits);
                    Spreads.Add(spread.FragmentName.Name.StringValue);
                    break;
            }
        }
    }

    private static int CountDirectives(GraphQLDirectives? found, int counted, GraphQLLimitsOptions limits)
    {
        var total = counted + (found?.Count ?? 0);
        return total <= limits.MaxDirectives ? total
            : throw DocumentShapeLimits.Refuse(GraphQLErrorCodes.MaxDirectives, $"The document uses more than {limits.MaxDirectives} directives.");
    }
}
