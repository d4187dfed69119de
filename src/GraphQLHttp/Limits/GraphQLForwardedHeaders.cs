using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQLHttp;

/// <summary>
/// Trusts <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> only from the reverse proxies configured under
/// <c>GraphQL:ForwardedHeaders</c> (<c>KnownProxies</c>: addresses, <c>KnownNetworks</c>: CIDR ranges), so the rate
/// limiter keys on the real client behind them and nobody else can choose their own address. Without either list
/// no forwarded header is trusted, not even from loopback.
/// </summary>
internal static class GraphQLForwardedHeaders
{
    public static bool AddGraphQLForwardedHeaders(this IServiceCollection services, IConfiguration section)
    {
        // Blank entries are what an unset environment variable in a deployment file leaves behind.
        var proxies = (section.GetSection("KnownProxies").Get<string[]>() ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        var networks = (section.GetSection("KnownNetworks").Get<string[]>() ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).ToArray();
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return false;
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = section.GetValue("ForwardLimit", 1);
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return true;
    }
}
