using ContentApi.Caching;
using ContentApi.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ContentApi.Health;

public static class ContentHealthRegistration
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string Live = "live";
    private const string Ready = "ready";
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Liveness (the process answers) and readiness: the database answers, has every migration and holds the seed
    /// articles, and Redis answers when <c>ConnectionStrings:Redis</c> is set.
    /// </summary>
    public static IServiceCollection AddContentHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck("process", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy("The process answers."), [Live])
            .AddDbContextCheck<ContentDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready], timeout: CheckTimeout)
            .AddCheck<SeedsHealthCheck>("seeds", tags: [Ready], timeout: CheckTimeout);
        if (ContentCachingRegistration.RedisOptions(configuration) is { } redis)
        {
            checks.AddRedis(redis.ToString(), "redis", tags: [Ready], timeout: CheckTimeout);
        }

        services.AddSingleton<SeedSlugs>();
        return services;
    }

    /// <summary>Maps both endpoints; they are never rate-limited, so an orchestrator's probes are always answered.</summary>
    public static WebApplication MapContentHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, Options(Live)).DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, Options(Ready)).DisableRateLimiting();
        return app;
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = registration => registration.Tags.Contains(tag),
        ResponseWriter = HealthReportWriter.WriteAsync,
    };
}
