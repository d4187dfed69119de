using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>Operators for text fields; matching operators ignore letter case, equality is exact.</summary>
public sealed class StringOperationFilterInput : InputObjectGraphType
{
    public StringOperationFilterInput()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text value. `eq`, `neq`, `in` and `nin` compare exactly; "
            + "`contains`, `startsWith`, `endsWith` and their `n` forms ignore letter case and treat `%`, `_` and `[` literally.";
        var selfList = typeof(ListGraphType<NonNullGraphType<StringOperationFilterInput>>);
        OperatorFields.Add(this, "and", selfList);
        OperatorFields.Add(this, "or", selfList);
        OperatorFields.Add(this, "eq", typeof(StringGraphType));
        OperatorFields.Add(this, "neq", typeof(StringGraphType));
        OperatorFields.Add(this, "contains", typeof(StringGraphType));
        OperatorFields.Add(this, "ncontains", typeof(StringGraphType));
        OperatorFields.Add(this, "in", typeof(ListGraphType<StringGraphType>));
        OperatorFields.Add(this, "nin", typeof(ListGraphType<StringGraphType>));
        OperatorFields.Add(this, "startsWith", typeof(StringGraphType));
        OperatorFields.Add(this, "nstartsWith", typeof(StringGraphType));
        OperatorFields.Add(this, "endsWith", typeof(StringGraphType));
        OperatorFields.Add(this, "nendsWith", typeof(StringGraphType));
    }
}
