using Microsoft.Extensions.DependencyInjection;

namespace GraphQLHttp;

/// <summary>The CORS policy of the GraphQL endpoint: only the configured origins, GET and POST, any request header.</summary>
internal static class GraphQLCors
{
    public static IServiceCollection AddGraphQLCors(this IServiceCollection services, GraphQLCorsOptions cors)
        => services.AddCors(options => options.AddPolicy(GraphQLHttpConventions.PolicyName, policy => policy
            .WithOrigins(cors.Origins)
            .WithMethods("GET", "POST")
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Server-Timing", "Retry-After")));
}
