using GraphQLHttp;

namespace ContentApi.Api;

public static class ContentEndpointRegistration
{
    public const string GraphQLPath = "/graphql";

    /// <summary>The GraphQL endpoint (and the IDE for browsers) at <c>/graphql</c>, reading editors' bearer tokens.</summary>
    public static WebApplication MapContentGraphQL(this WebApplication app)
    {
        app.UseAuthentication();
        return app.MapGraphQLHttp(GraphQLPath);
    }
}
