using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using ContentApi.Health;
using ContentApi.Tests.Support;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using TestSupport;

namespace ContentApi.Tests.Caching;

/// <summary>
/// Two instances share state through one real Redis: APQ registrations and cursors work across them, and a Redis
/// outage costs neither instance an answer. Both share one PostgreSQL database, as a scaled-out deployment does.
/// </summary>
public sealed class TwoInstanceTests(TwoInstanceFixture<PostgreSqlSharedDatabase> fixture) : IClassFixture<TwoInstanceFixture<PostgreSqlSharedDatabase>>
{
    private const string ApqCategory = "GraphQLHttp.ApqCache";

    [RedisAndPostgreSqlFact]
    public async Task A_query_registered_through_apq_on_one_instance_runs_by_hash_on_the_other()
    {
        var query = UniqueQuery();

        var registered = await PostApqAsync(fixture.First, query, includeQuery: true);
        var byHash = await PostApqAsync(fixture.Second, query, includeQuery: false);

        Assert.Null(registered["errors"]);
        Assert.Null(byHash["errors"]);
        Assert.Equal(registered["data"]!.ToString(), byHash["data"]!.ToString());
        Assert.Equal(2, byHash["data"]!["articles"]!["nodes"]!.Count());
    }

    [RedisAndPostgreSqlFact]
    public async Task A_cursor_issued_by_one_instance_pages_on_the_other()
    {
        const string Page = "query($after: String) { articles(first: 1, after: $after) { pageInfo { endCursor hasNextPage } nodes { title } } }";
        var first = await fixture.First.CreateClient().DataAsync(Page);
        var cursor = (string)first["articles"]!["pageInfo"]!["endCursor"]!;

        var onSecond = await fixture.Second.CreateClient().DataAsync(Page, new { after = cursor });
        var onFirst = await fixture.First.CreateClient().DataAsync(Page, new { after = cursor });

        Assert.True((bool)first["articles"]!["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(onFirst.ToString(), onSecond.ToString());
        Assert.NotEqual((string?)first["articles"]!["nodes"]![0]!["title"], (string?)onSecond["articles"]!["nodes"]![0]!["title"]);
    }

    [RedisAndPostgreSqlFact]
    public async Task With_redis_killed_both_instances_keep_answering_warn_once_and_share_again_when_it_returns()
    {
        // Only what the outage causes counts: a first migration of a new PostgreSQL database has EF Core log, at
        // Error, its probe of the history table that does not exist yet.
        var logged = new[] { fixture.First, fixture.Second }.ToDictionary(instance => instance, instance => instance.Logs.Entries.Count);
        fixture.Redis.Kill();
        try
        {
            foreach (var instance in new[] { fixture.First, fixture.Second })
            {
                for (var i = 0; i < 3; i++)
                {
                    var query = UniqueQuery();
                    var plain = await instance.CreateClient().SendGraphQLAsync("{ articles(first: 1) { totalCount } }");
                    var registered = await PostApqAsync(instance, query, includeQuery: true);
                    var byHash = await PostApqAsync(instance, query, includeQuery: false);

                    Assert.Equal(HttpStatusCode.OK, plain.Status);
                    Assert.Empty(plain.ErrorCodes);
                    Assert.Null(registered["errors"]);
                    Assert.Null(byHash["errors"]);
                }

                var duringOutage = instance.Logs.Entries.Skip(logged[instance]).ToList();
                Assert.Single(duringOutage, e => e.Category == ApqCategory && e.Level == LogLevel.Warning);
                Assert.DoesNotContain(duringOutage, e => e.Level >= LogLevel.Error);
                using var ready = await instance.CreateClient().GetAsync(ContentHealthRegistration.ReadyPath);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                Assert.Contains("\"name\":\"redis\",\"status\":\"Unhealthy\"", await ready.Content.ReadAsStringAsync());
            }
        }
        finally
        {
            await fixture.Redis.RestartAsync();
        }

        await SharedAgainAsync();
        Assert.Contains(fixture.First.Logs.Entries, e => e.Category == ApqCategory && e.Level == LogLevel.Information);
        using var readyAgain = await fixture.First.CreateClient().GetAsync(ContentHealthRegistration.ReadyPath);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
    }

    /// <summary>Waits until a registration on the first instance is seen by the second: both went back to Redis.</summary>
    private async Task SharedAgainAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var query = UniqueQuery();
            await PostApqAsync(fixture.First, query, includeQuery: true);
            var byHash = await PostApqAsync(fixture.Second, query, includeQuery: false);
            if (byHash["errors"] is null)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The instances did not share registrations again within 60 s: {byHash}");
            await Task.Delay(500);
        }
    }

    // A comment changes the text and so the hash: every test registers a query no other test has.
    private static string UniqueQuery() => $"# {Guid.NewGuid():N}\n{{ articles(first: 5) {{ nodes {{ title }} }} }}";

    private static async Task<JObject> PostApqAsync(ApiInstance instance, string query, bool includeQuery)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };
        object body = includeQuery ? new { query, extensions } : new { extensions };
        using var response = await instance.CreateClient().PostAsJsonAsync("/graphql", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return GraphQLClient.Parse(await response.Content.ReadAsStringAsync());
    }
}
