using ContentApi.Articles;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Seeding;

/// <summary>The imported rows say exactly what the seed files say: wording, order, speakers and dates.</summary>
public abstract class SeedImportFidelityTests(ContentApiFactory factory)
{
    private const string HongKong = "hong-kongs-ai-sector-soars-with-record-talent-pool-despite-global-headwinds";
    private const string Venezuela = "us-cannot-legitimize-operation-against-venezuela-chinese-scholar";

    [SkippableTheory]
    [InlineData(HongKong, new[] { "Shen Xiaoyong|co-founder and CEO|SmartMore", "Jane Zhang|chief human resources officer|SenseTime", "Sun Dong|Secretary for Innovation Technology and Industry|HKSAR Government" })]
    [InlineData(Venezuela, new[] { "Teng Jianqun|director of the Center for Diplomatic Studies|Hunan Normal University", "Teng Jianqun|director of the Center for Diplomatic Studies|Hunan Normal University" })]
    public async Task Every_quote_is_attributed_to_its_speaker_in_reading_order(string slug, string[] speakers)
    {
        var article = await LoadAsync(slug);

        var actual = article.Quotes.OrderBy(q => q.Position).Select(q => $"{q.Source.Name}|{q.Source.Role}|{q.Source.Organization}");
        Assert.Equal(speakers, actual);
    }

    [SkippableTheory]
    [InlineData(HongKong)]
    [InlineData(Venezuela)]
    public async Task Article_text_quotes_and_topics_match_the_seed_file_word_for_word(string slug)
    {
        // The seed file is read here with another JSON library, so the importer is checked against an independent reading.
        var seed = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(SeedFolder.RepositoryPath, slug + ".json")));
        var article = await LoadAsync(slug);

        Assert.Equal((string)seed["title"]!, article.Title);
        Assert.Equal((string)seed["summary"]!, article.Summary);
        Assert.Equal((string)seed["section"]!, article.Section);
        Assert.Equal(seed["paragraphs"]!.Values<string>(), article.Paragraphs);
        Assert.Equal(seed["quotes"]!.Select(q => (string)q["text"]! + " — " + (string)q["source"]!["slug"]!),
            article.Quotes.OrderBy(q => q.Position).Select(q => q.Text + " — " + q.Source.Slug));
        Assert.Equal(seed["topics"]!.Select(t => (string)t["slug"]! + "/" + (string)t["name"]!).Order(),
            article.Topics.Select(t => t.Slug + "/" + t.Name).Order());
    }

    [SkippableFact]
    public async Task Each_quote_appears_verbatim_in_a_paragraph_of_its_article()
    {
        // Guards against quotes being swapped between articles: the text must come from the article's own body.
        foreach (var slug in new[] { HongKong, Venezuela })
        {
            var article = await LoadAsync(slug);
            Assert.All(article.Quotes, quote => Assert.Contains(article.Paragraphs, p => p.Contains(quote.Text, StringComparison.Ordinal)));
        }
    }

    [SkippableFact]
    public async Task Hong_kong_article_times_are_converted_to_utc()
    {
        var article = await LoadAsync(HongKong);

        Assert.Equal(new DateTime(2025, 4, 28, 14, 17, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal(DateTimeKind.Utc, article.PublishedAt!.Value.Kind);
        Assert.Equal(new DateTime(2025, 4, 28, 15, 17, 0, DateTimeKind.Utc), article.UpdatedAt);
    }

    [SkippableFact]
    public async Task Api_reports_hong_kong_times_in_utc_with_z()
    {
        var data = await factory.CreateClient().DataAsync($"{{ article(slug: \"{HongKong}\") {{ publishedAt updatedAt }} }}");

        Assert.Equal("2025-04-28T14:17:00Z", (string?)data["article"]!["publishedAt"]);
        Assert.Equal("2025-04-28T15:17:00Z", (string?)data["article"]!["updatedAt"]);
    }

    [SkippableFact]
    public async Task Undated_venezuela_article_is_listed_after_the_dated_one()
    {
        var article = await LoadAsync(Venezuela);
        var data = await factory.CreateClient().DataAsync("{ articles { nodes { slug publishedAt } } }");

        Assert.Null(article.PublishedAt);
        Assert.Null(article.UpdatedAt);
        Assert.Equal([HongKong, Venezuela], data["articles"]!["nodes"]!.Select(n => (string)n["slug"]!));
    }

    private async Task<Article> LoadAsync(string slug)
    {
        await using var db = ContentDatabase.Open(factory.Services);
        return await db.Articles.Include(a => a.Topics).Include(a => a.Quotes).ThenInclude(q => q.Source).SingleAsync(a => a.Slug == slug);
    }

    public sealed class OnSqlite(ContentApiFactory factory) : SeedImportFidelityTests(factory), IClassFixture<ContentApiFactory>;

    public sealed class OnPostgreSql(PostgreSqlContentApiFactory factory) : SeedImportFidelityTests(factory), IClassFixture<PostgreSqlContentApiFactory>;
}
