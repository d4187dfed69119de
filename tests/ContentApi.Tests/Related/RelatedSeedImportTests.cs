using ContentApi.Tests.Seeding;
using ContentApi.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Related;

/// <summary>The start-up import is a write path like any other: what it adds is related on the next request.</summary>
public sealed class RelatedSeedImportTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string HongKong = "hong-kongs-ai-sector-soars-with-record-talent-pool-despite-global-headwinds";
    private const string Imported = "hong-kong-ai-follow-up";

    [Fact]
    public async Task A_newly_imported_article_is_in_related_lists_on_the_next_request()
    {
        using var client = factory.CreateClient();
        Assert.DoesNotContain(Imported, await RelatedSlugsAsync(client));

        using var seeds = SeedFolder.CopyOfRepository();
        var followUp = JObject.Parse(File.ReadAllText(seeds.FilePath(HongKong + ".json")));
        followUp["slug"] = Imported;
        followUp["title"] = "Hong Kong's AI sector: a follow-up";
        followUp["publishedAt"] = "2025-04-29T09:00:00+08:00";
        File.WriteAllText(seeds.FilePath(Imported + ".json"), followUp.ToString(Formatting.Indented));
        await SeedInitializer.RunAsync(factory.Services, seeds.Path);

        Assert.Equal(Imported, (await RelatedSlugsAsync(client))[0]);
    }

    private static async Task<List<string>> RelatedSlugsAsync(HttpClient client)
    {
        var response = await client.PostAsync($"{{ article(slug: \"{HongKong}\") {{ related(first: 20) {{ article {{ slug }} }} }} }}");
        Assert.Null(response["errors"]);
        return response["data"]!["article"]!["related"]!.Select(r => (string)r["article"]!["slug"]!).ToList();
    }
}
