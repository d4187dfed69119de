using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentApi.Health;

/// <summary>Unhealthy until every seed article is in the database (a server database is seeded by its own command).</summary>
internal sealed class SeedsHealthCheck(IDbContextFactory<ContentDbContext> contexts, SeedSlugs seeds) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var expected = seeds.All;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var present = await db.Articles.Where(a => expected.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(cancellationToken);
        var missing = expected.Except(present, StringComparer.Ordinal).ToList();
        return missing.Count == 0
            ? HealthCheckResult.Healthy($"All {expected.Count} seed articles are present.")
            : HealthCheckResult.Unhealthy($"{missing.Count} of {expected.Count} seed articles are missing: {string.Join(", ", missing)}.");
    }
}
