using GraphQLParser.AST;

namespace GraphQLHttp;

/// <summary>
/// Bounds how many fields share one response name in a selection set once its fragments are merged in
/// (MAX_FIELDS_PER_RESPONSE_NAME). GraphQL.NET's OverlappingFieldsCanBeMerged compares every pair of such fields and
/// reports every conflicting pair, so this count, squared, is what that rule costs. Each fragment's merged names are
/// computed once.
/// </summary>
internal sealed class ResponseNameRepeats(IReadOnlyDictionary<string, DefinitionShape> fragments, GraphQLLimitsOptions limits)
{
    private readonly Dictionary<string, Dictionary<string, int>?> _fragmentNames = new(StringComparer.Ordinal);

    public static void Check(GraphQLDocument document, IReadOnlyDictionary<string, DefinitionShape> fragments, GraphQLLimitsOptions limits)
    {
        var repeats = new ResponseNameRepeats(fragments, limits);
        foreach (var definition in document.Definitions.OfType<GraphQLExecutableDefinition>())
        {
            repeats.CheckSets(definition.SelectionSet);
        }
    }

    private void CheckSets(GraphQLSelectionSet set)
    {
        foreach (var (name, count) in Merge(set))
        {
            if (count > limits.MaxFieldsPerResponseName)
            {
                throw DocumentShapeLimits.Refuse(GraphQLErrorCodes.MaxFieldsPerResponseName,
                    $"A selection set asks for '{name}' {count} times once fragments are merged; the maximum is {limits.MaxFieldsPerResponseName}.");
            }
        }

        foreach (var selection in set.Selections)
        {
            var children = selection switch
            {
                GraphQLField field => field.SelectionSet,
                GraphQLInlineFragment inline => inline.SelectionSet,
                _ => null,
            };
            if (children is not null)
            {
                CheckSets(children);
            }
        }
    }

    private Dictionary<string, int> Merge(GraphQLSelectionSet set)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    Add(names, (field.Alias?.Name ?? field.Name).StringValue, 1);
                    break;
                case GraphQLInlineFragment inline:
                    AddAll(names, Merge(inline.SelectionSet));
                    break;
                case GraphQLFragmentSpread spread:
                    AddAll(names, FragmentNames(spread.FragmentName.Name.StringValue));
                    break;
            }
        }

        return names;
    }

    private Dictionary<string, int> FragmentNames(string fragment)
    {
        if (_fragmentNames.TryGetValue(fragment, out var known))
        {
            // Null marks a fragment still being merged: a cycle, which validation reports.
            return known ?? [];
        }

        if (!fragments.TryGetValue(fragment, out var shape))
        {
            return [];
        }

        _fragmentNames[fragment] = null;
        var merged = Merge(shape.Definition.SelectionSet);
        _fragmentNames[fragment] = merged;
        return merged;
    }

    private static void AddAll(Dictionary<string, int> names, Dictionary<string, int> more)
    {
        foreach (var (name, count) in more)
        {
            Add(names, name, count);
        }
    }

    private static void Add(Dictionary<string, int> names, string name, int count)
        => names[name] = names.GetValueOrDefault(name) + count;
}
