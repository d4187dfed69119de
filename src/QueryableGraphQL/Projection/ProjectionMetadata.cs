using GraphQL.Builders;
using GraphQL.Types;

namespace QueryableGraphQL.Projection;

/// <summary>
/// Says which entity members a GraphQL field reads. A field without it reads the property of the same name,
/// if the entity has one; child fields served by loaders read nothing but the key, which is always read.
/// </summary>
public static class ProjectionMetadata
{
    internal const string Key = "QueryableGraphQL.Projection";
    internal const string NavigationKey = "QueryableGraphQL.ProjectionNavigation";

    public static FieldBuilder<TSource, TReturn> Projects<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, params string[] members)
    {
        builder.FieldType.Metadata[Key] = members;
        return builder;
    }

    /// <summary>
    /// The field's object is read in its parent's statement, through the parent's to-one <paramref name="navigation"/>,
    /// with the members the field's own selection needs. The resolver finds it on the parent (and loads it when the
    /// parent came from elsewhere, such as a mutation's payload, with the navigation unset).
    /// </summary>
    public static FieldBuilder<TSource, TReturn> ProjectsNavigation<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, string navigation)
    {
        builder.FieldType.Metadata[NavigationKey] = navigation;
        return builder;
    }

    internal static string? NavigationOf(FieldType field) =>
        field.Metadata.TryGetValue(NavigationKey, out var navigation) ? navigation as string : null;

    internal static IEnumerable<string> MembersOf(FieldType field) =>
        field.Metadata.TryGetValue(Key, out var members) && members is string[] names
            ? names
            : [char.ToUpperInvariant(field.Name[0]) + field.Name[1..]];
}
