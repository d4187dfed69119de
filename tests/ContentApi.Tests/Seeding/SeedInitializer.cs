using ContentApi.Data;
using ContentApi.Related;
using ContentApi.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.Seeding;

/// <summary>Runs the host's start-up import again, in-process, against the database of a running host.</summary>
internal static class SeedInitializer
{
    public static Task RunAsync(IServiceProvider services, string seedPath, int syntheticArticles = 0) =>
        new ContentDatabaseInitializer(
                services.GetRequiredService<IDbContextFactory<ContentDbContext>>(),
                Options.Create(new SeedOptions { Path = seedPath, SyntheticArticles = syntheticArticles }),
                services.GetRequiredService<IOptions<DatabaseOptions>>(),
                services.GetRequiredService<IHostEnvironment>(),
                services.GetRequiredService<ContentChanges>(),
                TimeProvider.System,
                NullLogger<ContentDatabaseInitializer>.Instance)
            .InitializeAsync(CancellationToken.None);
}
