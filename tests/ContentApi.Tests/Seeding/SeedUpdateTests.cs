using ContentApi.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Seeding;

/// <summary>Re-importing an edited seed updates the article in place: same ids, dropped quotes and topics gone.</summary>
public sealed class SeedUpdateTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string HongKong = "hong-kongs-ai-sector-soars-with-record-talent-pool-despite-global-headwinds";
    private const string ArticleRow = $"SELECT Id, Title FROM Articles WHERE Slug = '{HongKong}'";
    private const string QuoteRows = $"SELECT q.Id, q.Position, s.Slug FROM Quotes q JOIN QuotedSources s ON s.Id = q.SourceId JOIN Articles a ON a.Id = q.ArticleId WHERE a.Slug = '{HongKong}' ORDER BY q.Position";
    private const string TopicRows = $"SELECT t.Slug FROM ArticleTopics at JOIN Topics t ON t.Id = at.TopicId JOIN Articles a ON a.Id = at.ArticleId WHERE a.Slug = '{HongKong}' ORDER BY t.Slug";

    [Fact]
    public async Task Edited_seed_updates_rows_in_place_and_the_original_restores_them()
    {
        _ = factory.Services;
        var path = factory.DatabasePath;
        var (article, quotes, topics) = (DatabaseDump.Rows(path, ArticleRow), DatabaseDump.Rows(path, QuoteRows), DatabaseDump.Rows(path, TopicRows));
        using var seeds = SeedFolder.CopyOfRepository();
        seeds.Edit(HongKong + ".json", text =>
        {
            var json = JObject.Parse(text);
            json["title"] = "Edited title";
            json["quotes"]!.Last!.Remove();
            json["topics"]!.Single(t => (string)t["slug"]! == "talent").Remove();
            return json.ToString(Formatting.Indented);
        });

        await SeedInitializer.RunAsync(factory.Services, seeds.Path);

        Assert.Equal([article[0].Split(" | ")[0] + " | Edited title"], DatabaseDump.Rows(path, ArticleRow));
        Assert.Equal(quotes.Take(2), DatabaseDump.Rows(path, QuoteRows));
        Assert.Equal(topics.Where(t => t != "talent"), DatabaseDump.Rows(path, TopicRows));

        await SeedInitializer.RunAsync(factory.Services, SeedFolder.RepositoryPath);

        Assert.Equal(article, DatabaseDump.Rows(path, ArticleRow));
        Assert.Equal(quotes.Take(2), DatabaseDump.Rows(path, QuoteRows).Take(2));
        Assert.Equal("2 | sun-dong", string.Join(" | ", DatabaseDump.Rows(path, QuoteRows)[2].Split(" | ")[1..]));
        Assert.Equal(topics, DatabaseDump.Rows(path, TopicRows));
    }
}
