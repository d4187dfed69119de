using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContentApi.Hosting;

/// <summary>Says where the API listens and where the IDE is, once the server is up, at Information in every environment.</summary>
public static class StartupLog
{
    public static WebApplication LogListeningAddresses(this WebApplication app, string graphQLPath)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.LogInformation("Listening on {Address}; GraphQL endpoint and IDE at {GraphQLUrl}", address, address.TrimEnd('/') + graphQLPath);
            }
        });
        return app;
    }
}
