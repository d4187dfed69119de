using System.Diagnostics;
using ContentApi.Tests.Support;
using Npgsql;
using TestSupport;

namespace ContentApi.Tests.Data;

/// <summary>
/// The built app's <c>migrate</c> and <c>seed</c> commands on a fresh PostgreSQL database, started from a working
/// directory without appsettings.json: the app must take its own folder as content root (its settings and seeds).
/// </summary>
public sealed class DatabaseCommandTests
{
    [SkippableFact]
    public async Task Migrate_then_seed_from_another_folder_builds_the_seeded_database()
    {
        var connectionString = PostgreSqlCluster.Shared.CreateDatabase("commands");
        var workingDirectory = Directory.CreateTempSubdirectory("contentapi-cwd-").FullName;
        try
        {
            var migrate = await RunAsync(workingDirectory, "migrate", connectionString);
            var seed = await RunAsync(workingDirectory, "seed", connectionString, "--Seed:SyntheticArticles=20");

            Assert.Contains("Migrating the PostgreSql database", migrate);
            Assert.Contains("Seeding: importing 2 seed articles", seed);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM \"Articles\"", connection);
            Assert.Equal(22L, await command.ExecuteScalarAsync());
        }
        finally
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
    }

    private static async Task<string> RunAsync(string workingDirectory, string command, string connectionString, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { AppPath, command, "--Database:Provider=PostgreSql", $"--ConnectionStrings:Content={connectionString}", $"--GraphQL:Paging:CursorSigningKey={ContentApiFactory.CursorSigningKey}" }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"'{command}' exited with {process.ExitCode}: {await output}{error}");
        return await output;
    }

    /// <summary>The API as built beside this test assembly's configuration (bin/Debug or bin/Release).</summary>
    private static string AppPath
    {
        get
        {
            var build = Path.GetRelativePath(Path.Combine(SeedFolder.RepositoryPath, "..", "tests", "ContentApi.Tests"), AppContext.BaseDirectory);
            return Path.Combine(SeedFolder.RepositoryPath, "..", "src", "ContentApi", build, "ContentApi.dll");
        }
    }
}
