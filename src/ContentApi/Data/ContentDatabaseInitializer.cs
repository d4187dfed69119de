using System.Diagnostics;
using ContentApi.Editorial;
using ContentApi.Related;
using ContentApi.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace ContentApi.Data;

/// <summary>
/// Brings the database up to date: applies the provider's migrations, then imports the seed files and tops the
/// synthetic corpus up to <c>Seed:SyntheticArticles</c>. Seed files are all validated before anything is written.
/// Several instances may run this at once against one database: migrations run under EF Core's migration lock,
/// seeding under <see cref="SeedLock"/>, so the second instance finds the work done.
/// </summary>
public sealed class ContentDatabaseInitializer(
    IDbContextFactory<ContentDbContext> contexts,
    IOptions<SeedOptions> options,
    IOptions<DatabaseOptions> database,
    IHostEnvironment environment,
    ContentChanges changes,
    TimeProvider time,
    ILogger<ContentDatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        await SeedAsync(cancellationToken);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await new SqliteMigrationLock(db, TimeSpan.FromSeconds(database.Value.MigrationLockTimeoutSeconds), logger)
                .ClearIfStaleAsync(cancellationToken);
        }

        // Npgsql's own migration lock lasts one migration's transaction; a session lock over the whole run keeps a
        // second instance from applying a later migration the first one is about to apply too.
        await using (await MigrationSessionLock.AcquireAsync(db, cancellationToken))
        {
            if (db.Database.IsNpgsql())
            {
                // Npgsql's history repository reads the history table without asking whether it exists and logs
                // the failure at Error on every first start; creating it first (under the lock) avoids the probe.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            logger.LogInformation("Migrating the {Provider} database: {Count} pending migration(s) {Migrations}",
                database.Value.Provider, pending.Count, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }

        logger.LogInformation("Database schema is up to date");
    }

    /// <summary>Stops with a one-line reason when the schema is behind: seeding needs the current tables.</summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new DatabaseNotMigratedException($"the database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}): run the 'migrate' command first.");
        }
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value;
        var seedDirectory = SeedDirectory.Resolve(seed.Path, environment.ContentRootPath);
        var documents = new SeedFileReader(seedDirectory).ReadAll();
        logger.LogInformation("Seeding: importing {Count} seed articles from {Directory}, synthetic corpus target {Synthetic} articles",
            documents.Count, seedDirectory, seed.SyntheticArticles);
        await ImportAsync(documents, "seed", seed.SyntheticArticles, seed.PruneSynthetic, cancellationToken);
    }

    /// <summary>
    /// <c>import &lt;folder&gt;</c>: upserts the article files of a folder (the seed format, checked against the
    /// seed schema) into a running deployment's database, as one transaction, stamped "import".
    /// </summary>
    public async Task<int> ImportFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var schema = Path.Combine(SeedDirectory.Resolve(options.Value.Path, environment.ContentRootPath), SeedFileReader.SchemaFileName);
        var documents = new SeedFileReader(folder, schema).ReadAll();
        logger.LogInformation("Importing {Count} article files from {Directory}", documents.Count, Path.GetFullPath(folder));
        await ImportAsync(documents, "import", syntheticArticles: null, prune: false, cancellationToken);
        return documents.Count;
    }

    private async Task ImportAsync(
        IReadOnlyList<SeedArticleDocument> documents, string writer, int? syntheticArticles, bool prune, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var probe = await contexts.CreateDbContextAsync(cancellationToken);
        // A transient failure retries the whole import, in a fresh context: the unit of work is the transaction.
        await probe.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await SeedLock.AcquireAsync(db, ct);
            var imported = await new SeedImporter(db, Editor.Bulk(writer, time)).ImportAsync(documents, ct);
            var loaded = syntheticArticles is { } count
                && await new SyntheticCorpusLoader(db, Editor.Bulk("synthetic", time), logger).LoadAsync(count, prune, ct);
            if (imported || loaded)
            {
                await changes.CommitAsync(db, ct);
            }
            else
            {
                await transaction.CommitAsync(ct);
            }
        }, cancellationToken);
        logger.LogInformation("{Writer} done in {Elapsed} ms", writer, stopwatch.ElapsedMilliseconds);

        // Without statistics SQLite's planner walks whole indexes for selective joins (a rare topic's articles took
        // seconds on 100,000 articles); PostgreSQL and SQL Server keep their statistics themselves.
        if (probe.Database.IsSqlite())
        {
            await probe.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        }
    }
}
