using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Related;

/// <summary>Rankings worked out by hand on <see cref="RelatedFixture"/>: N = 2 seed + 8 published fixture articles.</summary>
public sealed class RelatedFixtureTests(RelatedFixture fixture) : IClassFixture<RelatedFixture>
{
    private const double N = 10;
    private static readonly double Alpha = Math.Log(1 + N / 6);
    private static readonly double Beta = Math.Log(1 + N / 3);
    private static readonly double Ann = 2 * Math.Log(1 + N / 4);

    private const string Fields = "score article { slug } sharedTopics { name } sharedSources { name }";

    [Fact]
    public async Task Ranks_by_score_then_newest_then_id_and_never_shows_drafts_far_or_unrelated_articles()
    {
        var related = await RelatedAsync("fixture-parent", "first: 20");

        // next-day and next-day-twin tie on score and date (id decides); day-before ties on score but is older.
        Assert.Equal(["fixture-next-day", "fixture-next-day-twin", "fixture-day-before", "fixture-undated", "fixture-other-section"], Slugs(related));
        var sameSection = (Alpha + Ann + 0.5) * Math.Exp(-1.0 / 30);
        AssertScores([sameSection, sameSection, sameSection, (Alpha + Beta + 0.5) * 0.5, Beta * Math.Exp(-10.0 / 30)], related);
        Assert.Equal(["Alpha"], Names(related[0], "sharedTopics"));
        Assert.Equal(["Ann"], Names(related[0], "sharedSources"));
        Assert.Equal(["Alpha", "Beta"], Names(related[3], "sharedTopics"));
    }

    [Fact]
    public async Task An_undated_article_has_no_window_and_half_recency()
    {
        var related = await RelatedAsync("fixture-undated", "first: 20");

        Assert.Equal(["fixture-parent", "fixture-next-year", "fixture-next-day", "fixture-next-day-twin", "fixture-day-before", "fixture-other-section"], Slugs(related));
        AssertScores([(Alpha + Beta + 0.5) * 0.5, (Alpha + 0.5) * 0.5, (Alpha + 0.5) * 0.5, (Alpha + 0.5) * 0.5, (Alpha + 0.5) * 0.5, Beta * 0.5], related);
    }

    [Fact]
    public async Task First_cuts_the_list_and_where_narrows_the_candidates()
    {
        Assert.Equal(["fixture-next-day", "fixture-next-day-twin"], Slugs(await RelatedAsync("fixture-parent", "first: 2")));
        Assert.Equal(["fixture-other-section"], Slugs(await RelatedAsync("fixture-parent", "where: { section: { eq: \"Other\" } }")));
        Assert.Equal(5, (await RelatedAsync("fixture-undated", "")).Count);
        Assert.Empty(await RelatedAsync("fixture-parent", "first: 0"));
        Assert.Empty(await RelatedAsync("fixture-unrelated", "first: 20"));
    }

    [Theory]
    [InlineData(21, "PAGE_SIZE_EXCEEDED")]
    [InlineData(-1, "INVALID_PAGE_SIZE")]
    public async Task Bad_first_values_fail_with_their_code(int first, string code)
    {
        var response = await fixture.Client.PostAsync($"{{ article(slug: \"fixture-parent\") {{ related(first: {first}) {{ score }} }} }}");

        Assert.Equal(code, (string?)response["errors"]?[0]?["extensions"]?["code"]);
    }

    private async Task<List<JToken>> RelatedAsync(string slug, string arguments)
    {
        var list = arguments.Length == 0 ? "related" : $"related({arguments})";
        var response = await fixture.Client.PostAsync($"{{ article(slug: \"{slug}\") {{ {list} {{ {Fields} }} }} }}");
        Assert.Null(response["errors"]);
        return [.. response["data"]!["article"]!["related"]!];
    }

    private static List<string> Slugs(List<JToken> related) => related.Select(r => (string)r["article"]!["slug"]!).ToList();

    private static List<string> Names(JToken related, string field) => related[field]!.Select(n => (string)n["name"]!).ToList();

    private static void AssertScores(double[] expected, List<JToken> related)
    {
        Assert.Equal(expected.Length, related.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], (double)related[i]["score"]!, 1e-12);
        }
    }
}
