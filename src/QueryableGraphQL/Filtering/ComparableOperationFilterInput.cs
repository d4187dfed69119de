using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>Equality, membership and ordering operators shared by numbers and timestamps.</summary>
/// <typeparam name="TValueGraphType">The scalar the operators take.</typeparam>
public abstract class ComparableOperationFilterInput<TValueGraphType> : InputObjectGraphType
    where TValueGraphType : ScalarGraphType
{
    protected ComparableOperationFilterInput(string name, string valueNoun)
    {
        Name = name;
        Description = $"Conditions on {valueNoun}: equality, membership in a list, and ordering comparisons.";
        OperatorFields.AddEquality(this, typeof(TValueGraphType));
        foreach (var comparison in new[] { "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte" })
        {
            OperatorFields.Add(this, comparison, typeof(TValueGraphType));
        }
    }
}
