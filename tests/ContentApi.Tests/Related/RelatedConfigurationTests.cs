using ContentApi.Tests.Support;

namespace ContentApi.Tests.Related;

public sealed class RelatedConfigurationTests(ConfiguredRelatedFixture fixture) : IClassFixture<ConfiguredRelatedFixture>
{
    [Fact]
    public async Task Recency_window_and_source_weight_come_from_configuration()
    {
        var response = await fixture.Client.PostAsync("{ article(slug: \"fixture-parent\") { related(first: 20) { score article { slug } } } }");

        Assert.Null(response["errors"]);
        var related = response["data"]!["article"]!["related"]!.ToList();
        // other-section, 10 days away, is now outside the 5-day window.
        Assert.Equal(
            ["fixture-next-day", "fixture-next-day-twin", "fixture-day-before", "fixture-undated"],
            related.Select(r => (string)r["article"]!["slug"]!));
        const double n = 10;
        var alpha = Math.Log(1 + n / 6);
        var beta = Math.Log(1 + n / 3);
        var ann = 3 * Math.Log(1 + n / 4);
        Assert.Equal((alpha + ann + 0.5) * Math.Exp(-1.0 / 10), (double)related[0]["score"]!, 1e-12);
        Assert.Equal((alpha + beta + 0.5) * 0.5, (double)related[3]["score"]!, 1e-12);
    }
}
