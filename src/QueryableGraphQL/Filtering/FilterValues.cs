using System.Collections;
using System.Globalization;
using System.Linq.Expressions;

namespace QueryableGraphQL.Filtering;

/// <summary>Converts parsed argument values to the member's CLR type and embeds them as query parameters.</summary>
internal static class FilterValues
{
    public static object? Convert(object? value, Type targetType)
    {
        var type = Nullable.GetUnderlyingType(targetType) ?? targetType;
        return value switch
        {
            null => null,
            _ when type.IsInstanceOfType(value) => value,
            string text when type.IsEnum => Enum.Parse(type, text, ignoreCase: true),
            _ when type.IsEnum => Enum.ToObject(type, value),
            string text when type == typeof(Guid) => Guid.Parse(text),
            _ => System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A typed list parameter; its element type is nullable so <c>in: [1, null]</c> is representable.</summary>
    public static Expression ListParameter(IEnumerable values, Type elementType)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var value in values)
        {
            list.Add(Convert(value, elementType));
        }

        return SqlParameter.For(list, list.GetType());
    }

    public static Type Lifted(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null
            ? typeof(Nullable<>).MakeGenericType(type)
            : type;
}
