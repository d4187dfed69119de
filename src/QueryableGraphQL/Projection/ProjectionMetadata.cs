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

    public static FieldBuilder<TSource, TReturn> Projects<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, params string[] members)
    {
        builder.FieldType.Metadata[Key] = members;
        return builder;
    }

    internal static IEnumerable<string> MembersOf(FieldType field) =>
        field.Metadata.TryGetValue(Key, out var members) && members is string[] names
            ? names
            : [char.ToUpperInvariant(field.Name[0]) + field.Name[1..]];
}
