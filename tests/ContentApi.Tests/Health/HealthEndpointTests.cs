using System.Net;
using ContentApi.Data;
using ContentApi.Health;
using ContentApi.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Both_endpoints_are_200_on_the_default_start_and_name_each_check()
    {
        await using var factory = new ContentApiFactory();
        var client = factory.CreateClient();

        var (liveStatus, live) = await GetAsync(client, ContentHealthRegistration.LivePath);
        var (readyStatus, ready) = await GetAsync(client, ContentHealthRegistration.ReadyPath);

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("Healthy", (string?)live["status"]);
        Assert.Equal(["process"], Names(live));
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("Healthy", (string?)ready["status"]);
        Assert.Equal(["database", "migrations", "seeds"], Names(ready));
        Assert.All(ready["checks"]!, check => Assert.Equal("Healthy", (string?)check["status"]));
    }

    [Fact]
    public async Task Ready_is_503_naming_the_database_when_it_cannot_be_opened_while_live_stays_200()
    {
        await using var factory = new ContentApiFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, ContentHealthRegistration.ReadyPath)).Status);

        // The file's place is taken by a folder: SQLite can no longer open, nor create, the database.
        SqliteConnection.ClearAllPools();
        File.Move(factory.DatabasePath, factory.DatabasePath + ".moved");
        Directory.CreateDirectory(factory.DatabasePath);
        try
        {
            var (readyStatus, ready) = await GetAsync(client, ContentHealthRegistration.ReadyPath);
            var (liveStatus, _) = await GetAsync(client, ContentHealthRegistration.LivePath);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
            Assert.Equal("Unhealthy", (string?)ready["status"]);
            Assert.Equal("Unhealthy", (string?)Check(ready, "database")["status"]);
            Assert.Equal(HttpStatusCode.OK, liveStatus);
        }
        finally
        {
            Directory.Delete(factory.DatabasePath);
            File.Move(factory.DatabasePath + ".moved", factory.DatabasePath);
        }
    }

    [Fact]
    public async Task Ready_is_503_naming_the_seeds_when_a_seed_article_is_missing()
    {
        await using var factory = new ContentApiFactory();
        var client = factory.CreateClient();
        await using (var db = ContentDatabase.Open(factory.Services))
        {
            await db.Articles.Where(a => a.Slug.StartsWith("us-cannot")).ExecuteUpdateAsync(set => set.SetProperty(a => a.Slug, "renamed"));
        }

        var (status, ready) = await GetAsync(client, ContentHealthRegistration.ReadyPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Healthy", (string?)Check(ready, "database")["status"]);
        Assert.Equal("Unhealthy", (string?)Check(ready, "seeds")["status"]);
        Assert.Contains("us-cannot-legitimize-operation-against-venezuela-chinese-scholar", (string?)Check(ready, "seeds")["description"]);
    }

    [Fact]
    public async Task Ready_is_503_naming_the_migrations_when_one_is_not_applied()
    {
        await using var factory = new ContentApiFactory();
        var client = factory.CreateClient();
        await using (var db = ContentDatabase.Open(factory.Services))
        {
            var last = (await db.Database.GetAppliedMigrationsAsync()).Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {last}");
        }

        var (status, ready) = await GetAsync(client, ContentHealthRegistration.ReadyPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", (string?)Check(ready, "migrations")["status"]);
    }

    [Fact]
    public async Task Health_endpoints_are_exempt_from_rate_limiting()
    {
        await using var factory = new ContentApiFactory();
        _ = factory.Services;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        foreach (var path in new[] { ContentHealthRegistration.LivePath, ContentHealthRegistration.ReadyPath })
        {
            var endpoint = Assert.Single(endpoints, e => "/" + e.RoutePattern.RawText?.TrimStart('/') == path);
            Assert.NotNull(endpoint.Metadata.GetMetadata<DisableRateLimitingAttribute>());
        }
    }

    private static async Task<(HttpStatusCode Status, JObject Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, GraphQLClient.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static List<string?> Names(JObject report) => report["checks"]!.Select(c => (string?)c["name"]).ToList();

    private static JToken Check(JObject report, string name) => report["checks"]!.Single(c => (string?)c["name"] == name);
}
