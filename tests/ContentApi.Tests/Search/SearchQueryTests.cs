using ContentApi.Tests.Support;

namespace ContentApi.Tests.Search;

/// <summary><c>Query.search</c> on the seeds and 200 synthetic articles, on each provider.</summary>
public abstract class SearchQueryTests(ContentApiFactory factory)
{
    private const string SunDongQuote =
        "Over two years ago, certain countries explicitly introduced technologically unfriendly policies targeting Hong Kong. At that time, I quoted an ancient Chinese saying to express my view: 'No mountain can block the river, it keeps flowing east.' This symbolizes how the broader global trend of 'the East rising while the West declines' cannot be altered by the policies of a few nations";

    [SkippableFact]
    public async Task Acceptance_the_river_saying_finds_the_Hong_Kong_article_first_with_Sun_Dongs_quote_highlighted()
    {
        var page = await SearchClient.PageAsync(factory.CreateClient(), "no mountain can block the river");

        var first = page["edges"]![0]!;
        Assert.StartsWith("Hong Kong's AI sector soars", (string)first["node"]!["title"]!);
        var quote = Assert.Single(first["highlights"]!, h => (string)h["field"]! == "QUOTE");
        var passage = string.Concat(quote["segments"]!.Select(s => (string)s["text"]!)).Trim('…');
        Assert.Contains(passage, SunDongQuote);
        Assert.Equal(["mountain", "block", "river"], quote["segments"]!.Where(s => (bool)s["match"]!).Select(s => (string)s["text"]!));
    }

    [SkippableTheory]
    [InlineData("talents", "hong-kong")]
    [InlineData("VENEZUELA", "venezuela")]
    [InlineData("Vénézuéla scholar", "venezuela")]
    [InlineData("\"talent pool\"", "hong-kong")]
    [InlineData("Sun Dong", "hong-kong")]
    [InlineData("Teng Jianqun -mountain", "venezuela")]
    public async Task Stemming_case_accents_phrases_and_source_names_find_the_seed(string query, string slugPart)
    {
        var page = await SearchClient.PageAsync(factory.CreateClient(), query);

        Assert.Contains(slugPart, (string)page["edges"]![0]!["node"]!["slug"]!);
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("the of and")]
    [InlineData("OR")]
    [InlineData("-markets")]
    [InlineData("\"")]
    [InlineData("zzzunknownword")]
    public async Task A_query_with_nothing_to_find_is_an_empty_page_not_an_error(string query)
    {
        var page = await SearchClient.PageAsync(factory.CreateClient(), query);

        Assert.Empty(page["edges"]!);
        Assert.Equal(0, (int)page["totalCount"]!);
        Assert.False((bool)page["pageInfo"]!["hasNextPage"]!);
    }

    [SkippableFact]
    public async Task Operators_combine_as_sets()
    {
        var client = factory.CreateClient();
        var markets = await SearchClient.SlugsAsync(client, "markets");
        var budget = await SearchClient.SlugsAsync(client, "budget");

        Assert.InRange(markets.Count, 2, 1000);
        Assert.Equal(markets.Intersect(budget).Order(), (await SearchClient.SlugsAsync(client, "market budgets")).Order());
        Assert.Equal(markets.Union(budget).Order(), (await SearchClient.SlugsAsync(client, "markets OR budget")).Order());
        Assert.Equal(markets.Except(budget).Order(), (await SearchClient.SlugsAsync(client, "markets -budget")).Order());
    }

    [SkippableFact]
    public async Task Pages_walk_every_result_once_best_first_and_back()
    {
        var client = factory.CreateClient();
        var all = await SearchClient.AllAsync(client, "regulators weigh");
        var total = (int)(await SearchClient.PageAsync(client, "regulators weigh"))["totalCount"]!;

        Assert.True(all.Count > SearchClient.PageSize, $"Only {all.Count} results: the walk must cross pages.");
        Assert.Equal(total, all.Count);
        Assert.Equal(all.Count, all.Select(e => (string)e["node"]!["slug"]!).Distinct().Count());
        Assert.All(all.Zip(all.Skip(1)), pair => Assert.True((double)pair.First["score"]! >= (double)pair.Second["score"]!));
        var lastPage = await SearchClient.PageAsync(client, "regulators weigh", $", last: 3, before: \"{(string)all[^1]["cursor"]!}\"");
        Assert.Equal(all.SkipLast(1).TakeLast(3).Select(e => (string)e["cursor"]!), lastPage["edges"]!.Select(e => (string)e["cursor"]!));
    }

    [SkippableFact]
    public async Task Where_narrows_the_results_like_on_articles()
    {
        var client = factory.CreateClient();
        var everywhere = await SearchClient.SlugsAsync(client, "president OR markets");
        var china = await SearchClient.AllAsync(client, "president OR markets", ", where: { section: { eq: \"China\" } }");

        Assert.Contains(everywhere, s => s.StartsWith("synthetic-", StringComparison.Ordinal));
        Assert.NotEmpty(china);
        Assert.All(china, e => Assert.DoesNotContain("synthetic-", (string)e["node"]!["slug"]!));
    }

    [SkippableFact]
    public async Task Bad_input_gets_a_stable_code()
    {
        var client = factory.CreateClient();
        var articlesCursor = (string)(await client.DataAsync("{ articles(first: 1) { pageInfo { endCursor } } }"))["articles"]!["pageInfo"]!["endCursor"]!;

        var tooLong = await client.SendGraphQLAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = new string('a', 501) });
        var foreignCursor = await client.SendGraphQLAsync($"{{ search(query: \"markets\", after: \"{articlesCursor}\") {{ totalCount }} }}");

        Assert.Equal(["INPUT_TOO_LARGE"], tooLong.ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], foreignCursor.ErrorCodes);
    }

    public sealed class OnSqlite(SmallSyntheticCorpusFactory factory) : SearchQueryTests(factory), IClassFixture<SmallSyntheticCorpusFactory>;

    public sealed class OnPostgreSql(PostgreSqlSmallSyntheticCorpusFactory factory) : SearchQueryTests(factory), IClassFixture<PostgreSqlSmallSyntheticCorpusFactory>;
}
