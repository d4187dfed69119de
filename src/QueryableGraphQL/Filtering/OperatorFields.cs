using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>Adds operator fields with the descriptions front-end developers see in the schema.</summary>
internal static class OperatorFields
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["and"] = "Matches only when every operation object in the list matches.",
        ["or"] = "Matches when at least one operation object in the list matches.",
        ["eq"] = "Equal to the given value. `eq: null` matches values that are not set.",
        ["neq"] = "Not equal to the given value; values that are not set count as different. `neq: null` matches values that are set.",
        ["in"] = "Equal to one of the listed values. Include `null` in the list to also match values that are not set.",
        ["nin"] = "Equal to none of the listed values. Values that are not set match unless the list contains `null`.",
        ["gt"] = "Greater than the given value. Values that are not set never match.",
        ["ngt"] = "Not greater than the given value. Values that are not set always match.",
        ["gte"] = "Greater than or equal to the given value. Values that are not set never match.",
        ["ngte"] = "Not greater than or equal to the given value. Values that are not set always match.",
        ["lt"] = "Less than the given value. Values that are not set never match.",
        ["nlt"] = "Not less than the given value. Values that are not set always match.",
        ["lte"] = "Less than or equal to the given value. Values that are not set never match.",
        ["nlte"] = "Not less than or equal to the given value. Values that are not set always match.",
        ["contains"] = "Contains the given text, ignoring letter case. `%`, `_` and `[` are matched literally. Text that is not set never matches.",
        ["ncontains"] = "Does not contain the given text, ignoring letter case. Text that is not set always matches.",
        ["startsWith"] = "Starts with the given text, ignoring letter case. `%`, `_` and `[` are matched literally. Text that is not set never matches.",
        ["nstartsWith"] = "Does not start with the given text, ignoring letter case. Text that is not set always matches.",
        ["endsWith"] = "Ends with the given text, ignoring letter case. `%`, `_` and `[` are matched literally. Text that is not set never matches.",
        ["nendsWith"] = "Does not end with the given text, ignoring letter case. Text that is not set always matches.",
    };

    public static void Add(InputObjectGraphType target, string name, Type graphType) =>
        target.AddField(new FieldType { Name = name, Type = graphType, Description = Descriptions[name] });

    /// <summary>Adds <c>eq</c>, <c>neq</c>, <c>in</c> and <c>nin</c>, the operators every operand kind shares.</summary>
    public static void AddEquality(InputObjectGraphType target, Type valueGraphType)
    {
        Add(target, "eq", valueGraphType);
        Add(target, "neq", valueGraphType);
        Add(target, "in", typeof(ListGraphType<>).MakeGenericType(valueGraphType));
        Add(target, "nin", typeof(ListGraphType<>).MakeGenericType(valueGraphType));
    }
}
