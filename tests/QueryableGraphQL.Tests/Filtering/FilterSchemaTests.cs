using GraphQL;
using QueryableGraphQL.Tests.Fixtures;
using Snapshooter.Xunit;

namespace QueryableGraphQL.Tests.Filtering;

public sealed class FilterSchemaTests(SqliteBookstore store) : IClassFixture<SqliteBookstore>
{
    [Fact]
    public void Printed_schema_uses_hot_chocolate_names_and_field_types()
    {
        var sdl = BookstoreQuery.CreateSchema(store).Print();

        Snapshot.Match(sdl);
    }

    [Fact]
    public void Every_filter_and_sort_type_and_field_has_a_description()
    {
        var schema = BookstoreQuery.CreateSchema(store);
        var inputs = schema.AllTypes.OfType<GraphQL.Types.IInputObjectGraphType>().ToList();

        Assert.Contains(inputs, type => type.Name == "ListFilterInputTypeOfTagFilterInput");
        Assert.All(inputs, type =>
        {
            Assert.False(string.IsNullOrWhiteSpace(type.Description), type.Name);
            Assert.All(type.Fields, field => Assert.False(string.IsNullOrWhiteSpace(field.Description), $"{type.Name}.{field.Name}"));
        });
    }
}
