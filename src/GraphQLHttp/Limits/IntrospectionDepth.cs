using GraphQLParser.AST;

namespace GraphQLHttp;

/// <summary>
/// Bounds selections under <c>__schema</c> and <c>__type</c>, which are exempt from the cost and depth limits: their
/// field depth, and how many of the list fields that follow the schema's cycles (<c>fields</c>, <c>inputFields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c>) nest in one another, as graphql-js's MaxIntrospectionDepthRule does. The
/// walk expands fragments, and runs only after the expanded size of the document has been bounded.
/// </summary>
internal static class IntrospectionDepth
{
    private static readonly HashSet<string> ListFields = new(StringComparer.Ordinal) { "fields", "inputFields", "interfaces", "possibleTypes" };

    public static void Check(GraphQLDocument document, IReadOnlyDictionary<string, DefinitionShape> fragments, GraphQLLimitsOptions limits)
    {
        var walk = new Walk(fragments, limits);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            walk.CheckRoot(operation.SelectionSet);
        }
    }

    private sealed class Walk(IReadOnlyDictionary<string, DefinitionShape> fragments, GraphQLLimitsOptions limits)
    {
        private readonly HashSet<string> _onPath = new(StringComparer.Ordinal);

        public void CheckRoot(GraphQLSelectionSet set)
        {
            // Only the query root has __schema and __type; elsewhere validation refuses them.
            foreach (var selection in Expand(set))
            {
                if (selection is GraphQLField { Name.StringValue: "__schema" or "__type" } field)
                {
                    Visit(field, depth: 1, lists: 0);
                }
            }
        }

        private void Visit(GraphQLField field, int depth, int lists)
        {
            if (depth > limits.MaxIntrospectionDepth || lists > limits.MaxIntrospectionListDepth)
            {
                throw DocumentShapeLimits.Refuse(GraphQLErrorCodes.MaxIntrospectionDepth,
                    $"The introspection query nests more than {limits.MaxIntrospectionDepth} fields, or more than {limits.MaxIntrospectionListDepth} of fields/inputFields/interfaces/possibleTypes, deep.");
            }

            if (field.SelectionSet is null)
            {
                return;
            }

            foreach (var selection in Expand(field.SelectionSet))
            {
                if (selection is GraphQLField child)
                {
                    Visit(child, depth + 1, lists + (ListFields.Contains(child.Name.StringValue) ? 1 : 0));
                }
            }
        }

        // The fields of a set with its inline fragments and spreads flattened; a fragment already on the path is a
        // cycle, which validation reports.
        private IEnumerable<ASTNode> Expand(GraphQLSelectionSet set)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLInlineFragment inline:
                        foreach (var inner in Expand(inline.SelectionSet))
                        {
                            yield return inner;
                        }

                        break;
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                                                           && _onPath.Add(spread.FragmentName.Name.StringValue):
                        foreach (var inner in Expand(fragment.Definition.SelectionSet))
                        {
                            yield return inner;
                        }

                        _onPath.Remove(spread.FragmentName.Name.StringValue);
                        break;
                    default:
                        yield return selection;
                        break;
                }
            }
        }
    }
}
