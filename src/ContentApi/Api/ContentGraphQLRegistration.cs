using GraphQL;
using QueryableGraphQL;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Http;
using QueryableGraphQL.Paging;

namespace ContentApi.Api;

public static class ContentGraphQLRegistration
{
    /// <summary>The schema (a singleton), the conventions it relies on, and the HTTP endpoint's services.</summary>
    public static IServiceCollection AddContentGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddQueryableConventions(configuration);
        services.AddGraphQL(builder => builder
            .AddSchema<ContentSchema>()
            .AddGraphTypes(typeof(ContentSchema).Assembly)
            .AddGraphTypes(typeof(PageInfoGraphType).Assembly)
            .AddFilteringAndSorting()
            .AddSystemTextJson()
            .AddHttpConventions(configuration.GetSection("GraphQL")));
        return services;
    }
}
