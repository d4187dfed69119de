using System.Text;
using ContentApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using QueryableGraphQL.Diagnostics;

namespace ContentApi.Tests.Api;

/// <summary>
/// The cases of issue 9 through the real host: oversized lists and texts are INPUT_TOO_LARGE before any SQL runs,
/// texts at the limit run on SQLite without a pattern error, and a filter of many nested text matches is refused for
/// its cost.
/// </summary>
public sealed class ArgumentLimitTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string ArticlesWhere = "query($w: ArticleFilterInput) { articles(where: $w) { totalCount nodes { slug } } }";

    public static TheoryData<string, object> Oversized() => new()
    {
        { ArticlesWhere, new { w = new { slug = new { @in = Enumerable.Range(0, 10_000).Select(i => $"slug-{i:D9}").ToArray() } } } },
        { "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Range(1, 5_000).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes($"Article:{i}"))).ToArray() } },
        { ArticlesWhere, new { w = new { title = new { startsWith = new string('a', 50_000) } } } },
        { ArticlesWhere, new { w = new { title = new { nendsWith = new string('%', 50_000) } } } },
        { ArticlesWhere, new { w = new { quotes = new { some = new { source = new { name = new { contains = new string('x', 1_001) } } } } } } },
        { ArticlesWhere, new { w = new { or = Enumerable.Range(0, 101).Select(i => new { section = new { eq = $"s{i}" } }).ToArray() } } },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task Oversized_lists_and_texts_are_input_too_large_and_run_no_sql(string query, object variables)
    {
        var recorder = factory.Services.GetRequiredService<SqlCommandRecorder>();
        using var log = recorder.BeginScope();

        var response = await factory.CreateClient().SendGraphQLAsync(query, variables);

        Assert.Equal(["INPUT_TOO_LARGE"], response.ErrorCodes);
        Assert.Null(response.Json["data"]);
        Assert.Empty(log.CommandTexts);
    }

    [Fact]
    public async Task A_cached_document_is_checked_again_with_each_request_s_variables()
    {
        const string query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";
        var client = factory.CreateClient();
        var ids = Enumerable.Range(1, 101).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes($"Topic:{i}"))).ToArray();

        var small = await client.SendGraphQLAsync(query, new { ids = ids[..2] });
        var again = await client.SendGraphQLAsync(query, new { ids = ids[..2] });
        var large = await client.SendGraphQLAsync(query, new { ids });

        Assert.Empty(small.ErrorCodes);
        Assert.Empty(again.ErrorCodes);
        Assert.Equal(["INPUT_TOO_LARGE"], large.ErrorCodes);
    }

    [Theory]
    [InlineData("startsWith")]
    [InlineData("endsWith")]
    [InlineData("ncontains")]
    public async Task A_text_at_the_limit_made_of_pattern_characters_matches_literally_on_sqlite(string operation)
    {
        var text = string.Concat(Enumerable.Repeat("%_[\\", 250));

        var data = await factory.CreateClient().DataAsync(ArticlesWhere, new { w = new Dictionary<string, object> { ["title"] = new Dictionary<string, string> { [operation] = text } } });

        Assert.Equal(operation == "ncontains" ? 2 : 0, (int)data["articles"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_filter_of_many_nested_text_matches_is_refused_for_its_cost_and_a_plain_search_is_not()
    {
        var client = factory.CreateClient();
        var nested = await client.SendGraphQLAsync("""
            { articles(where: { or: [
                { quotes: { some: { or: [{ text: { contains: "a" } }, { source: { name: { contains: "b" } } }] } } },
                { quotes: { some: { or: [{ text: { ncontains: "c" } }, { source: { role: { endsWith: "d" } } }] } } },
                { topics: { some: { name: { contains: "e" } } } }] }) { totalCount } }
            """);
        var plain = await client.SendGraphQLAsync("""{ articles(where: { title: { contains: "venezuela" }, topics: { some: { slug: { eq: "geopolitics" } } } }) { totalCount } }""");

        Assert.Equal(["COMPLEXITY"], nested.ErrorCodes);
        Assert.Empty(plain.ErrorCodes);
    }
}
