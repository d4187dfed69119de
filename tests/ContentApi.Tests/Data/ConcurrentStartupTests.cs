using ContentApi.Data;
using ContentApi.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using TestSupport;

namespace ContentApi.Tests.Data;

/// <summary>
/// Two instances starting at once against one empty PostgreSQL database: the database's own locks let exactly one
/// of them migrate and seed; the other finds the work done, and both serve the same content. Neither logs an error
/// on the way: operators alert on errors, and a first start is not one.
/// </summary>
public sealed class ConcurrentStartupTests
{
    private const int Synthetic = 300;

    [SkippableFact]
    public async Task Two_instances_starting_together_migrate_and_seed_once_without_logging_errors()
    {
        var connectionString = PostgreSqlCluster.Shared.CreateDatabase("concurrent");
        using var first = new SharedDatabaseFactory(connectionString);
        using var second = new SharedDatabaseFactory(connectionString);

        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        Assert.Equal(ContentDatabase.Open(first.Services).Database.GetMigrations().Count(), Count(connectionString, "__EFMigrationsHistory"));
        Assert.Equal(Synthetic + 2, Count(connectionString, "Articles"));
        foreach (var factory in new[] { first, second })
        {
            var data = await factory.CreateClient().DataAsync("{ articles { totalCount } }");
            Assert.Equal(Synthetic + 2, (int)data["articles"]!["totalCount"]!);
            Assert.DoesNotContain(factory.Logs.Entries, e => e.Level >= LogLevel.Error);
        }
    }

    private static long Count(string connectionString, string table)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{table}\"", connection);
        return (long)command.ExecuteScalar()!;
    }

    private sealed class SharedDatabaseFactory(string connectionString) : ContentApiFactory(DatabaseFiles.NewTempPath(), connectionString)
    {
        public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

        public LogCapture Logs { get; } = new();

        protected override int SyntheticArticles => Synthetic;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }
}
