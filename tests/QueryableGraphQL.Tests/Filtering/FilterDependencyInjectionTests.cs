using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Scalars;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Filtering;

public sealed class FilterDependencyInjectionTests(SqliteBookstore store) : IClassFixture<SqliteBookstore>
{
    [Fact]
    public async Task Builder_registration_resolves_generic_operation_inputs_and_maps_date_time()
    {
        var services = new ServiceCollection()
            .AddSingleton<IBookstore>(store)
            .AddGraphQL(builder => builder
                .AddSchema<BookstoreSchema>()
                .AddGraphTypes(typeof(BookFilterInput).Assembly)
                .AddFilteringAndSorting()
                .AddSystemTextJson())
            .BuildServiceProvider();
        var schema = services.GetRequiredService<ISchema>();

        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = """{ books(where: { status: { eq: DRAFT }, tags: { any: true } }, order: [{ title: ASC }]) { publishedAt } }""";
        });

        Assert.Null(result.Errors);
        var book = (IObjectGraphType)schema.AllTypes["Book"]!;
        Assert.IsType<UtcDateTimeGraphType>(book.GetField("publishedAt")!.ResolvedType);
        Assert.NotNull(schema.AllTypes["BookStatusOperationFilterInput"]);
        Assert.NotNull(schema.AllTypes["ListFilterInputTypeOfTagFilterInput"]);
    }
}
