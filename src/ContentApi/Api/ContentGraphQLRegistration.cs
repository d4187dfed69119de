using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using QueryableGraphQL;
using QueryableGraphQL.Filtering;
using GraphQLHttp;
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
            // Queries resolve one field after another, as mutations do, and still batch every loader of a level into
            // one statement. Resolving siblings in parallel bought nothing under load: the threads queued on the
            // loaders' locks instead (BENCHMARKS.md, "Per-request overhead", "Second round").
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            // Responses are application/json, never embedded in HTML: keep apostrophes and accents readable.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddHttpConventions(configuration.GetSection("GraphQL")));
        return services;
    }
}
