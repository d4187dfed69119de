using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Api;

/// <summary>
/// Projections read only the selected columns, so a field selected twice, through fragments or under aliases
/// must still have all its parts read: a missed column would come back as an empty string, not an error.
/// </summary>
public sealed class SelectionMergeTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("{ articles(first: 1) { nodes { slug } nodes { section } } }", "$..slug", "$..section")]
    [InlineData("{ articles(first: 1) { nodes { topics { slug } topics { name } } } }", "$..topics[*].slug", "$..topics[*].name")]
    [InlineData("{ articles(first: 1) { nodes { ...A ...B } } } fragment A on Article { slug } fragment B on Article { section quotes { text } }", "$..slug", "$..section", "$..text")]
    [InlineData("{ articles(first: 1) { nodes { quotes { source { name } } quotes { source { role } } } } }", "$..source.name", "$..source.role")]
    [InlineData("{ articles(first: 1) { nodes { ... on Node { id } ... on Article { summary } } } }", "$..id", "$..summary")]
    [InlineData("{ topic(slug: \"talent\") { articles { nodes { slug } } articles { nodes { title } } } }", "$..slug", "$..title")]
    [InlineData("{ source(slug: \"sun-dong\") { quotes { nodes { text } } quotes { nodes { article { title } } } } }", "$..text", "$..title")]
    public async Task Every_part_of_a_merged_selection_is_read(string query, params string[] paths)
    {
        var data = await factory.CreateClient().DataAsync(query);

        foreach (var path in paths)
        {
            var values = data.SelectTokens(path).ToList();
            Assert.True(values.Count > 0, $"{path}: nothing selected");
            Assert.All(values, v => Assert.False(string.IsNullOrEmpty((string?)v), $"{path} is empty"));
        }
    }

    [Fact]
    public async Task Aliased_lists_with_different_filters_are_loaded_separately()
    {
        var data = await factory.CreateClient().DataAsync(
            "{ articles(first: 1) { nodes { only: topics(where: { slug: { eq: \"talent\" } }) { slug } all: topics { slug } } } }");

        var article = data["articles"]!["nodes"]![0]!;
        Assert.Equal(["talent"], article["only"]!.Select(t => (string)t["slug"]!));
        Assert.Equal(5, ((JArray)article["all"]!).Count);
    }
}
