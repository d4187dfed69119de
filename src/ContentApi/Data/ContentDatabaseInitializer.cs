using System.Diagnostics;
using ContentApi.Related;
using ContentApi.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Data;

/// <summary>
/// Brings the database up to date at start: applies the schema, imports the seed files and tops the synthetic
/// corpus up to <c>Seed:SyntheticArticles</c>. Seed files are all validated before anything is written.
/// </summary>
public sealed class ContentDatabaseInitializer(
    IDbContextFactory<ContentDbContext> contexts,
    IOptions<SeedOptions> options,
    IHostEnvironment environment,
    ContentChanges changes,
    ILogger<ContentDatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var seedDirectory = SeedDirectory.Resolve(options.Value.Path, environment.ContentRootPath);
        var documents = new SeedFileReader(seedDirectory).ReadAll();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        if (db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            // The committed migrations are SQLite's; SQL Server gets the schema straight from the model.
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }

        await new SeedImporter(db, changes).ImportAsync(documents, cancellationToken);
        logger.LogInformation("Imported {Count} seed articles from {Directory}", documents.Count, seedDirectory);

        var stopwatch = Stopwatch.StartNew();
        await new SyntheticCorpusLoader(db, changes).LoadAsync(options.Value.SyntheticArticles, cancellationToken);
        logger.LogInformation("Synthetic corpus holds {Count} articles ({Elapsed} ms)", options.Value.SyntheticArticles, stopwatch.ElapsedMilliseconds);

        if (db.Database.IsSqlite())
        {
            // Without statistics SQLite's planner walks whole indexes for selective joins (a rare topic's
            // articles took seconds on 100,000 articles); SQL Server keeps its statistics itself.
            await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        }
    }
}
