using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Support;

/// <summary>Direct database access for tests that compare API answers with the rows behind them.</summary>
internal static class ContentDatabase
{
    public static ContentDbContext Open(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContext();
}
