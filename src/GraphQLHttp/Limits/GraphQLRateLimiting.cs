using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQLHttp;

/// <summary>Per-client fixed-window rate limiting for the GraphQL endpoint: 429 with Retry-After and a GraphQL error body.</summary>
internal static class GraphQLRateLimiting
{
    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, GraphQLLimitsOptions limits)
        => services.AddRateLimiter(options =>
        {
            options.AddPolicy(GraphQLHttpConventions.PolicyName, context => limits.RequestsPerWindow <= 0 || ClientKey(context) is not { } clientKey
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetFixedWindowLimiter(clientKey, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RequestsPerWindow,
                    Window = TimeSpan.FromSeconds(Math.Max(1, limits.RateLimitWindowSeconds)),
                    QueueLimit = 0,
                }));
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

    // Authenticated clients are limited per user, so users behind one proxy do not starve each other. A request
    // without a remote address comes from an in-process host (TestServer), which has no client to limit.
    private static string? ClientKey(HttpContext context)
        => context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name
            : context.Connection.RemoteIpAddress is { } address ? "ip:" + address
            : null;
}
