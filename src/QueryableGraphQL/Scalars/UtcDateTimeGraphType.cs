using System.Globalization;
using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQLParser.AST;

namespace QueryableGraphQL.Scalars;

/// <summary>
/// The <c>DateTime</c> scalar of our conventions: always written in UTC with a trailing <c>Z</c>;
/// read from any ISO-8601 timestamp that carries an offset, and handed to resolvers as a
/// <see cref="DateTime"/> of kind <see cref="DateTimeKind.Utc"/>.
/// </summary>
public sealed partial class UtcDateTimeGraphType : ScalarGraphType
{
    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public UtcDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "A point in time as an ISO-8601 string, for example `2024-05-01T08:30:00Z`. "
            + "Responses are always in UTC with a `Z`. Inputs may use any offset (`2024-05-01T10:30:00+02:00`); "
            + "a timestamp without an offset is rejected because its meaning would be ambiguous.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => ParseText((string)text.Value) ?? ThrowLiteralConversionError(value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => ParseText(text) ?? ThrowValueConversionError(value),
        DateTimeOffset offset => offset.UtcDateTime,
        DateTime dateTime => AsUtc(dateTime),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTime dateTime => AsUtc(dateTime).ToString(OutputFormat, CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.UtcDateTime.ToString(OutputFormat, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    internal static DateTime? ParseText(string text)
    {
        if (!Iso8601WithOffset().IsMatch(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.UtcDateTime
            : null;
    }

    // Database providers (SQLite in particular) hand back stored UTC values as Unspecified,
    // so anything that is not explicitly local is treated as already being UTC.
    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Iso8601WithOffset();
}
