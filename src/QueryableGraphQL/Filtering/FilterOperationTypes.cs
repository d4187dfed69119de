namespace QueryableGraphQL.Filtering;

/// <summary>Chooses the HotChocolate-named operation input for a member's CLR type.</summary>
internal static class FilterOperationTypes
{
    public static (FilterOperandKind Kind, Type OperationType) For(Type memberType)
    {
        var type = Nullable.GetUnderlyingType(memberType) ?? memberType;
        if (type.IsEnum)
        {
            return (FilterOperandKind.Enum, typeof(EnumOperationFilterInput<>).MakeGenericType(type));
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => (FilterOperandKind.String, typeof(StringOperationFilterInput)),
            TypeCode.Boolean => (FilterOperandKind.Boolean, typeof(BooleanOperationFilterInput)),
            TypeCode.Byte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 =>
                (FilterOperandKind.Comparable, typeof(IntOperationFilterInput)),
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal =>
                (FilterOperandKind.Comparable, typeof(FloatOperationFilterInput)),
            TypeCode.DateTime => (FilterOperandKind.Comparable, typeof(DateTimeOperationFilterInput)),
            _ => throw new ArgumentException(
                $"Members of type {memberType.Name} cannot be filtered with Field(); use Id() for identifiers, Object() for related entities and List() for collections.",
                nameof(memberType)),
        };
    }
}
