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
            _ => options.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly("ContentApi.Migrations.Sqlite")
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                .CommandTimeout(timeout)),
        };
    }
}
