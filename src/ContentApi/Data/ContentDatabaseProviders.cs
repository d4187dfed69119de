using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>
/// Points a context at the configured provider, with that provider's migrations assembly (one migrations
/// project per provider, as EF Core recommends when one model targets several databases).
/// </summary>
internal static class ContentDatabaseProviders
{
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseOptions database, string connectionString)
    {
        var timeout = database.CommandTimeoutSeconds;
        var retryDelay = TimeSpan.FromSeconds(database.MaxRetryDelaySeconds);
        return database.Provider switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly("ContentApi.Migrations.PostgreSql")
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                .CommandTimeout(timeout)
                .EnableRetryOnFailure(database.MaxRetryCount, retryDelay, null))
                .AddInterceptors(NullOrderingInterceptor.Instance),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, sql => sql
                .MigrationsAssembly("ContentApi.Migrations.SqlServer")
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                .CommandTimeout(timeout)
                .EnableRetryOnFailure(database.MaxRetryCount, retryDelay, null)),
            // A key list as one json_each parameter, not one parameter per key: the SQL text no longer depends on the
            // batch's size, so EF Core caches it instead of generating it on every execution, and no batch can reach
            // SQLite's host-parameter limit. SQLite has no plan cache for the per-key form to help.
            _ => options.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly("ContentApi.Migrations.Sqlite")
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
                .CommandTimeout(timeout)),
        };
    }
}
