using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQLHttp;

/// <summary>
/// Per-client rate limiting for the GraphQL endpoint: a token bucket of <c>RateLimitBurst</c> requests, refilled every
/// second at <c>RequestsPerWindow</c> per window, so a page's burst of queries is never refused while a sustained
/// flood is; 429 with Retry-After and a GraphQL error body.
/// </summary>
internal static class GraphQLRateLimiting
{
    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, GraphQLLimitsOptions limits)
        => services.AddRateLimiter(options =>
        {
            options.AddPolicy(GraphQLHttpConventions.PolicyName, context => limits.RequestsPerWindow <= 0 || ClientKey(context) is not { } clientKey
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetTokenBucketLimiter(clientKey, _ => Bucket(limits)));
            options.OnRejected = async (rejected, _) =>
            {
                var context = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                var writer = context.RequestServices.GetRequiredService<GraphQLResponseWriter>();
                await writer.WriteFailureAsync(context, new GraphQLRequestFailure(StatusCodes.Status429TooManyRequests,
                    GraphQLErrorCodes.RateLimited, "Too many requests; retry after the time given in Retry-After."), GraphQLMediaTypes.Json);
            };
        });

    // Refilled every second, or less often when the rate is below one request a second.
    private static TokenBucketRateLimiterOptions Bucket(GraphQLLimitsOptions limits)
    {
        var window = TimeSpan.FromSeconds(Math.Max(1, limits.RateLimitWindowSeconds));
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, window.Ticks / limits.RequestsPerWindow));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limits.RateLimitBurst),
            TokensPerPeriod = Math.Max(1, (int)(limits.RequestsPerWindow * period.Ticks / window.Ticks)),
            ReplenishmentPeriod = period,
            QueueLimit = 0,
        };
    }

    // Authenticated clients are limited per user, so users behind one proxy do not starve each other. The remote
    // address is the client's once the forwarded headers of trusted proxies are applied. A request without one
    // comes from an in-process host (TestServer), which has no client to limit.
    private static string? ClientKey(HttpContext context)
        => context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name
            : context.Connection.RemoteIpAddress is { } address ? "ip:" + address
            : null;
}
