using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>
/// <c>&lt;Enum&gt;OperationFilterInput</c>. The values use whatever graph type the schema maps
/// <typeparamref name="TEnum"/> to, so the host's own enum type (names, descriptions) is reused.
/// </summary>
public sealed class EnumOperationFilterInput<TEnum> : InputObjectGraphType
    where TEnum : struct, Enum
{
    public EnumOperationFilterInput()
    {
        Name = typeof(TEnum).Name + "OperationFilterInput";
        Description = $"Conditions on a {typeof(TEnum).Name} value: equality and membership in a list.";
        OperatorFields.AddEquality(this, typeof(GraphQLClrInputTypeReference<TEnum>));
    }
}
