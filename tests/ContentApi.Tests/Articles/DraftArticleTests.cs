using ContentApi.Tests.Seeding;
using ContentApi.Tests.Support;

namespace ContentApi.Tests.Articles;

/// <summary>A DRAFT article is invisible everywhere: lists, lookups, ids, topic pages, source quotes and filters.</summary>
public sealed class DraftArticleTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private const string HongKong = "hong-kongs-ai-sector-soars-with-record-talent-pool-despite-global-headwinds";

    public async Task InitializeAsync()
    {
        using var seeds = SeedFolder.CopyOfRepository();
        seeds.Edit(HongKong + ".json", text => text.Replace("\"status\": \"PUBLISHED\"", "\"status\": \"DRAFT\""));
        await SeedInitializer.RunAsync(factory.Services, seeds.Path);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("{ articles { totalCount nodes { slug } } }", "$.articles.nodes[*].slug")]
    [InlineData("{ topic(slug: \"geopolitics\") { articles { totalCount nodes { slug } } } }", "$.topic.articles.nodes[*].slug")]
    [InlineData("{ topics { nodes { articles { nodes { slug } } } } }", "$.topics.nodes[*].articles.nodes[*].slug")]
    [InlineData("{ sources { nodes { quotes { nodes { article { slug } } } } } }", "$..article.slug")]
    [InlineData("{ articles(where: { quotes: { some: { text: { contains: \"a\" } } } }) { nodes { slug } } }", "$.articles.nodes[*].slug")]
    public async Task Draft_article_does_not_appear_in_any_list(string query, string slugs)
    {
        var data = await factory.CreateClient().DataAsync(query);

        var found = data.SelectTokens(slugs).Select(s => (string)s!).ToList();
        Assert.NotEmpty(found);
        Assert.DoesNotContain(HongKong, found);
    }

    [Fact]
    public async Task Draft_article_is_not_found_by_slug_or_by_id()
    {
        var data = await factory.CreateClient().DataAsync(
            $"{{ article(slug: \"{HongKong}\") {{ slug }} node(id: \"{Convert.ToBase64String("Article:1"u8)}\") {{ id }} }}");

        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, data["article"]!.Type);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, data["node"]!.Type);
    }

    [Fact]
    public async Task Quotes_of_a_draft_are_hidden_from_a_source_that_also_has_published_ones()
    {
        var data = await factory.CreateClient().DataAsync("{ source(slug: \"teng-jianqun\") { quotes { totalCount nodes { article { slug } } } } }");

        Assert.Equal(2, (int)data["source"]!["quotes"]!["totalCount"]!);
        Assert.DoesNotContain(HongKong, data.SelectTokens("$..article.slug").Select(s => (string)s!));
    }

    [Fact]
    public async Task Topic_article_count_leaves_the_draft_out()
    {
        var data = await factory.CreateClient().DataAsync("{ topic(slug: \"geopolitics\") { articles { totalCount } } }");

        Assert.Equal(1, (int)data["topic"]!["articles"]!["totalCount"]!);
    }
}
