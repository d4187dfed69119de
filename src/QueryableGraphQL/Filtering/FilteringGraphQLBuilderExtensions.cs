using GraphQL;
using GraphQL.DI;
using QueryableGraphQL.Limits;
using QueryableGraphQL.Scalars;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Filtering;

/// <summary>Registers the shared filter and sort graph types with the GraphQL.NET builder.</summary>
public static class FilteringGraphQLBuilderExtensions
{
    /// <summary>
    /// Registers the operation inputs (including the open generic enum and list filters, which assembly
    /// scanning cannot register), <c>SortEnumType</c>, and maps <see cref="DateTime"/> to the UTC scalar.
    /// The host's own <c>&lt;Type&gt;FilterInput</c> and <c>&lt;Type&gt;SortInput</c> classes are registered
    /// by its usual <c>AddGraphTypes()</c>. Also prices filters and sorts into the operation's complexity and bounds
    /// the size of list and text arguments, with the <see cref="ArgumentLimitsOptions"/> registered by
    /// <c>AddQueryableConventions</c> (or the defaults).
    /// </summary>
    public static IGraphQLBuilder AddFilteringAndSorting(this IGraphQLBuilder builder)
    {
        Type[] types =
        [
            typeof(StringOperationFilterInput), typeof(IntOperationFilterInput), typeof(FloatOperationFilterInput),
            typeof(DateTimeOperationFilterInput), typeof(BooleanOperationFilterInput), typeof(IdOperationFilterInput),
            typeof(EnumOperationFilterInput<>), typeof(ListFilterInputType<>), typeof(SortEnumType),
        ];
        foreach (var type in types)
        {
            builder.Services.TryRegister(type, type, ServiceLifetime.Transient);
        }

        builder.AddSchemaVisitor(services => new ArgumentCostSchemaVisitor(Limits(services)));
        builder.AddValidationRule(services => new InputSizeValidationRule(Limits(services)), useForCachedDocuments: true);
        return builder.UseUtcDateTime();
    }

    private static ArgumentLimitsOptions Limits(IServiceProvider services) =>
        (ArgumentLimitsOptions?)services.GetService(typeof(ArgumentLimitsOptions)) ?? new ArgumentLimitsOptions();
}
