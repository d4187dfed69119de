using GraphQL;
using GraphQLParser.AST;
using QueryableGraphQL.Scalars;

namespace QueryableGraphQL.Tests.Filtering;

public sealed class UtcDateTimeGraphTypeTests
{
    private readonly UtcDateTimeGraphType scalar = new();

    [Theory]
    [InlineData("2024-05-01T10:30:00+02:00", "2024-05-01T08:30:00Z")]
    [InlineData("2024-05-01T08:30:00Z", "2024-05-01T08:30:00Z")]
    [InlineData("2024-04-30T23:30:00.1234567-09:00", "2024-05-01T08:30:00.1234567Z")]
    public void Input_with_any_offset_becomes_utc_and_is_written_back_with_z(string input, string output)
    {
        var parsed = Assert.IsType<DateTime>(scalar.ParseLiteral(new GraphQLStringValue(input)));

        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
        Assert.Equal(output, scalar.Serialize(parsed));
        Assert.Equal(parsed, scalar.ParseValue(input));
    }

    [Theory]
    [InlineData("2024-05-01T08:30:00")]
    [InlineData("2024-05-01")]
    [InlineData("01/05/2024 08:30 +00:00")]
    [InlineData("2024-13-01T08:30:00Z")]
    public void Input_without_offset_or_not_iso_8601_is_rejected(string input)
    {
        Assert.ThrowsAny<InvalidOperationException>(() => scalar.ParseValue(input));
        Assert.ThrowsAny<InvalidOperationException>(() => scalar.ParseLiteral(new GraphQLStringValue(input)));
    }

    [Fact]
    public void Values_read_back_from_the_database_without_a_kind_are_treated_as_utc()
    {
        var stored = new DateTime(2024, 5, 1, 8, 30, 0, DateTimeKind.Unspecified);

        Assert.Equal("2024-05-01T08:30:00Z", scalar.Serialize(stored));
        Assert.Equal("2024-05-01T08:30:00Z", scalar.Serialize(new DateTimeOffset(2024, 5, 1, 10, 30, 0, TimeSpan.FromHours(2))));
    }

    [Fact]
    public void Schema_extension_maps_clr_date_time_to_this_scalar()
    {
        var schema = new GraphQL.Types.Schema().UseUtcDateTime();

        Assert.Contains(schema.TypeMappings, mapping => mapping.clrType == typeof(DateTime) && mapping.graphType == typeof(UtcDateTimeGraphType));
    }
}
