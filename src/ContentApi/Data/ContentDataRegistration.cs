using ContentApi.Search;
using ContentApi.Seeding;
using GraphQLHttp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using QueryableGraphQL.Diagnostics;

namespace ContentApi.Data;

public static class ContentDataRegistration
{
    public const string ConnectionStringName = "Content";
    public const string DefaultSqliteConnectionString = "Data Source=content.db";

    // EF Core's own default; server providers pool their connections themselves.
    private const int DefaultPoolSize = 1024;

    /// <summary>
    /// A pooled context factory on SQLite (the default), PostgreSQL or SQL Server, chosen by <c>Database:Provider</c>.
    /// Every resolver and loader rents its own context, which serves one caller at a time (on SQLite with a connection
    /// it keeps open, <see cref="SqliteConnectionPerContext"/>).
    /// </summary>
    public static IServiceCollection AddContentData(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? DefaultSqliteConnectionString;
        services.AddPooledDbContextFactory<ContentDbContext>((serviceProvider, options) =>
        {
            options.Use(database, connectionString);
            options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            // Every resolver and loader rents a context of its own, so outside Development (where the tests run, and
            // where a shared context slipped into a change should fail loudly) the per-row check only costs allocations.
            options.EnableThreadSafetyChecks(serviceProvider.GetService<IHostEnvironment>()?.IsDevelopment() ?? false);
            options.AddInterceptors(serviceProvider.GetRequiredService<SqlCommandRecorder>(), UnicodeLowerFunction.Instance, SqliteSearchCommitInterceptor.Instance, SqliteStatementJournalInMemory.Instance, KeptOpenSqliteConnection.Interceptor, ReusedSqliteStatements.Instance);
            // Interceptors registered by the host (tests inject faults mid-write through this).
            options.AddInterceptors(serviceProvider.GetServices<IInterceptor>());
        }, database.IsServer ? DefaultPoolSize : SqliteConnectionPerContext.PoolSize);
        if (!database.IsServer)
        {
            services.KeepSqliteConnectionPerContext();
        }

        services.AddSingleton<SqlCommandRecorder>();
        services.AddSingleton<IDataAccessRecorder, SqlDataAccessRecorder>();
        services.AddSingleton<IModel>(serviceProvider =>
        {
            using var db = serviceProvider.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContext();
            return db.Model;
        });
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.SectionName));
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddSingleton<ContentDatabaseInitializer>();
        return services;
    }

    private static void KeepSqliteConnectionPerContext(this IServiceCollection services)
    {
        var pooled = services.Last(service => service.ServiceType == typeof(IDbContextFactory<ContentDbContext>));
        services.Remove(pooled);
        services.AddSingleton<IDbContextFactory<ContentDbContext>>(serviceProvider => new SqliteConnectionPerContext(
            (IDbContextFactory<ContentDbContext>)(pooled.ImplementationFactory?.Invoke(serviceProvider)
                ?? ActivatorUtilities.CreateInstance(serviceProvider, pooled.ImplementationType!))));
    }
}
