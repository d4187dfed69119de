using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GraphQLHttp;

/// <summary>
/// Applies the slow-client limits to Kestrel, so a host gets them from <c>AddHttpConventions</c> alone: a client
/// that trickles its headers or body, or reads its response too slowly, is timed out (408) instead of holding a
/// connection and a worker.
/// </summary>
internal sealed class KestrelLimitsSetup(GraphQLLimitsOptions limits) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions options)
    {
        var grace = TimeSpan.FromSeconds(limits.DataRateGracePeriodSeconds);
        options.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
        options.Limits.MinRequestBodyDataRate = limits.MinRequestBodyBytesPerSecond > 0 ? new MinDataRate(limits.MinRequestBodyBytesPerSecond, grace) : null;
        options.Limits.MinResponseDataRate = limits.MinResponseBytesPerSecond > 0 ? new MinDataRate(limits.MinResponseBytesPerSecond, grace) : null;
    }
}
