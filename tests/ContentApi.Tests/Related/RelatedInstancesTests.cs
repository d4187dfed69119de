using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Related;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Related;

/// <summary>Two instances on one database: a write on one reaches the other's related lists through the content version.</summary>
public sealed class RelatedInstancesTests
{
    private const string HongKong = "hong-kongs-ai-sector-soars-with-record-talent-pool-despite-global-headwinds";

    [Fact]
    public async Task Another_instance_sees_a_write_once_it_checks_the_content_version()
    {
        var path = Path.Combine(Path.GetTempPath(), $"contentapi-related-instances-{Guid.NewGuid():N}.db");
        try
        {
            using var reader = new InstanceFactory(path, refreshSeconds: 0);
            using var readerClient = reader.CreateClient();
            Assert.DoesNotContain("written-elsewhere", await RelatedSlugsAsync(readerClient));
            using var writer = new InstanceFactory(path, refreshSeconds: 3600);
            var startedVersion = await VersionAsync(writer);

            await using (var db = await writer.Services.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContextAsync())
            {
                db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
                var original = await db.Articles.Include(a => a.Topics).SingleAsync(a => a.Slug == HongKong);
                db.Articles.Add(new Article
                {
                    Slug = "written-elsewhere",
                    Title = "Written on another instance",
                    Summary = "Shares every topic with the Hong Kong article.",
                    Section = original.Section,
                    PublishedAt = original.PublishedAt!.Value.AddHours(1),
                    Status = ArticleStatus.Published,
                    Topics = original.Topics,
                });
                await writer.Services.GetRequiredService<ContentChanges>().CommitAsync(db, CancellationToken.None);
            }

            // Starting the second instance re-imported unchanged seeds: that is no new version.
            Assert.Equal(startedVersion + 1, await VersionAsync(writer));
            Assert.Equal("written-elsewhere", (await RelatedSlugsAsync(readerClient))[0]);
        }
        finally
        {
            DatabaseFiles.Delete(path);
        }
    }

    private static async Task<long> VersionAsync(InstanceFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContextAsync();
        return await db.Set<ContentVersion>().Select(v => v.Version).SingleAsync();
    }

    private static async Task<List<string>> RelatedSlugsAsync(HttpClient client)
    {
        var response = await client.PostAsync($"{{ article(slug: \"{HongKong}\") {{ related(first: 20) {{ article {{ slug }} }} }} }}");
        Assert.Null(response["errors"]);
        return response["data"]!["article"]!["related"]!.Select(r => (string)r["article"]!["slug"]!).ToList();
    }

    private sealed class InstanceFactory(string path, int refreshSeconds) : ContentApiFactory(path)
    {
        protected override bool DeleteDatabaseOnDispose => false;

        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Related:RefreshSeconds"] = refreshSeconds.ToString() };
    }
}
