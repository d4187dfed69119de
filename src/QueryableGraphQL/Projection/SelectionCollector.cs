using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace QueryableGraphQL.Projection;

/// <summary>Finds the entity members a selection needs, following fragments along the way.</summary>
public static class SelectionCollector
{
    /// <summary>
    /// Members read by the fields selected under <paramref name="paths"/> of the current field, e.g.
    /// <c>["nodes"]</c> and <c>["edges", "node"]</c> for a connection, or an empty path for a plain list.
    /// </summary>
    public static IReadOnlySet<string> MembersFor(IResolveFieldContext context, IComplexGraphType nodeType, params string[][] paths)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var selection in Follow(context, [context.FieldAst.SelectionSet], path))
            {
                foreach (var (field, fieldType) in Selected(context, selection, nodeType))
                {
                    members.UnionWith(ProjectionMetadata.MembersOf(fieldType));
                    if (ProjectionMetadata.NavigationOf(fieldType) is { } navigation && fieldType.ResolvedType?.GetNamedType() is IComplexGraphType target)
                    {
                        // "Navigation.Member" paths: one level, a navigation's own navigations are left to their loaders.
                        members.UnionWith(Selected(context, field.SelectionSet, target)
                            .SelectMany(selected => ProjectionMetadata.MembersOf(selected.Type))
                            .Select(member => $"{navigation}.{member}"));
                    }
                }
            }
        }

        return members;
    }

    /// <summary>Whether the current field's selection includes the field at <paramref name="path"/>, e.g. <c>pageInfo, hasPreviousPage</c>.</summary>
    public static bool Selects(IResolveFieldContext context, params string[] path) =>
        Follow(context, [context.FieldAst.SelectionSet], path[..^1])
            .SelectMany(set => Fields(context, set))
            .Any(f => f.Name.StringValue == path[^1]);

    /// <summary>The fields of <paramref name="set"/> that <paramref name="type"/> has, with their definitions.</summary>
    private static IEnumerable<(GraphQLField Field, FieldType Type)> Selected(IResolveFieldContext context, GraphQLSelectionSet? set, IComplexGraphType type)
    {
        foreach (var field in Fields(context, set))
        {
            if (type.GetField(field.Name.StringValue) is { } fieldType)
            {
                yield return (field, fieldType);
            }
        }
    }

    private static IEnumerable<GraphQLSelectionSet> Follow(IResolveFieldContext context, IEnumerable<GraphQLSelectionSet?> sets, string[] path)
    {
        var current = sets.OfType<GraphQLSelectionSet>();
        foreach (var segment in path)
        {
            current = current.SelectMany(set => Fields(context, set))
                .Where(f => f.Name.StringValue == segment)
                .Select(f => f.SelectionSet)
                .OfType<GraphQLSelectionSet>()
                .ToList();
        }

        return current;
    }

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? set)
    {
        if (set is null)
        {
            yield break;
        }

        foreach (var selection in set.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Fields(context, inline.SelectionSet),
                GraphQLFragmentSpread spread => Fields(context, context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value)?.SelectionSet),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }
}
