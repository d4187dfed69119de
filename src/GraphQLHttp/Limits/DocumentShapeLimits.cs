using GraphQLParser.AST;

namespace GraphQLHttp;

/// <summary>
/// Checks the shape limits of a parsed document in time linear in its size: fragment definitions, directives,
/// selections per set, the longest chain of fragment spreads, the selections its operations visit once every spread
/// is expanded (memoised per fragment, so a doubling chain of 40 fragments is counted, not walked), and how deep
/// introspection goes. Validation and cost analysis walk expanded spreads, so these bounds are what keep them cheap.
/// </summary>
internal static class DocumentShapeLimits
{
    public static void Check(GraphQLDocument document, GraphQLLimitsOptions limits)
    {
        var shapes = new Dictionary<string, DefinitionShape>(StringComparer.Ordinal);
        var operations = new List<DefinitionShape>();
        var directives = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLExecutableDefinition executable)
            {
                continue;
            }

            var shape = DefinitionShape.Measure(executable, limits, ref directives);
            if (executable is GraphQLFragmentDefinition fragment)
            {
                shapes.TryAdd(fragment.FragmentName.Name.StringValue, shape);
                if (shapes.Count > limits.MaxFragments)
                {
                    throw Refuse(GraphQLErrorCodes.MaxFragments, $"The document defines more than {limits.MaxFragments} fragments.");
                }
            }
            else
            {
                operations.Add(shape);
            }
        }

        var expansion = new FragmentExpansion(shapes, limits);
        long visited = 0;
        foreach (var operation in operations)
        {
            visited = Math.Min(visited + expansion.Expand(operation), long.MaxValue / 2);
        }

        if (visited > limits.MaxExpandedSelections)
        {
            throw Refuse(GraphQLErrorCodes.MaxExpandedSelections,
                $"The document's operations select more than {limits.MaxExpandedSelections} fields once fragments are expanded.");
        }

        IntrospectionDepth.Check(document, shapes, limits);
    }

    internal static DocumentLimitError Refuse(string code, string message) => new(code, message);
}
