using GraphQLHttp;

namespace ContentApi.Api;

public static class ContentEndpointRegistration
{
    /// <summary>The GraphQL endpoint (and the IDE for browsers) at <c>/graphql</c>.</summary>
    public static WebApplication MapContentGraphQL(this WebApplication app) => app.MapGraphQLHttp("/graphql");
}
